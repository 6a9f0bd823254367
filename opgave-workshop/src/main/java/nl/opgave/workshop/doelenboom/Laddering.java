package nl.opgave.workshop.doelenboom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgave.model.DutchText;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.doelenboom.CrossLink;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Droombijeenkomst;
import nl.opgave.model.doelenboom.LadderingChain;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.internal.Checks;

/**
 * Builds a draft doelenboom from a droombijeenkomst's laddering chains ("Wat vindt u belangrijk?" then "Waarom?",
 * climbing towards the dream). Each reason becomes the parent of the statement before it. Statements that are the
 * same after folding case, spacing and accents become one node, worded as first said; every wording is kept as an
 * attribution. When a merged statement is given a second, different reason, or a reason that would close a cycle
 * or put something above the common droom, the first stays its parent and the other becomes a "draagt ook bij aan"
 * cross-link. Node ids are slugs of the
 * text ("in-de-natuur-spelen-is-gezond"), numbered on collision.
 */
public final class Laddering {
  private Laddering() {}

  /**
   * Builds the tree of a droombijeenkomst's chains; see {@link #build(List)}.
   *
   * @throws InvalidValueException if meeting is null
   */
  public static LadderingResult build(Droombijeenkomst meeting) {
    if (meeting == null) {
      throw InvalidValueException.of(ProblemCode.NULL_VALUE, "#" + ProblemCode.FIELD_DROOMBIJEENKOMST.name());
    }
    return build(meeting.chains());
  }

  /**
   * Builds the tree without a common droom: every top reason is a root at level droom, everything below it a doel.
   * With more than one distinct top reason the tree has several roots, which a validator reports until the circle
   * writes its shared droom.
   *
   * @throws InvalidValueException if chains or a chain is null
   */
  public static LadderingResult build(List<LadderingChain> chains) {
    return new Builder(null).add(chains).result();
  }

  /**
   * Builds the tree under a common droom: the droom is the root, every reason that has no reason above it becomes
   * its child, and every statement and reason is a doel.
   *
   * @throws InvalidValueException if chains or a chain is null, or droom is blank
   */
  public static LadderingResult build(List<LadderingChain> chains, String droom) {
    Checks.text("#" + ProblemCode.FIELD_DROOM.name(), droom, 2000);
    return new Builder(droom).add(chains).result();
  }

  private static final class Builder {
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<Integer> parents = new ArrayList<>();
    private final Set<List<Integer>> crossLinks = new LinkedHashSet<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private final boolean withDroom;

    Builder(String droom) {
      withDroom = droom != null;
      if (withDroom) {
        node(droom);
      }
    }

    Builder add(List<LadderingChain> chains) {
      if (chains == null) {
        throw InvalidValueException.of(ProblemCode.NULL_VALUE, "#" + ProblemCode.FIELD_CHAINS.name());
      }
      for (LadderingChain chain : chains) {
        if (chain == null) {
          throw InvalidValueException.of(ProblemCode.CONTAINS_NULL, "#" + ProblemCode.FIELD_CHAINS.name());
        }
        List<String> steps = chain.steps();
        int above = -1;
        for (int i = steps.size() - 1; i >= 0; i--) {
          int v = node(steps.get(i));
          attributions.add(Attribution.of(ids.get(v), chain.participant(), steps.get(i)));
          if (above >= 0) {
            link(v, above);
          }
          above = v;
        }
      }
      return this;
    }

    private int node(String text) {
      String key = DutchText.fold(text);
      Integer known = byKey.get(key);
      if (known != null) {
        return known;
      }
      int v = ids.size();
      byKey.put(key, v);
      ids.add(slug(key));
      texts.add(text);
      parents.add(-1);
      return v;
    }

    private void link(int child, int parent) {
      if (child == parent || parents.get(child) == parent) {
        return;
      }
      boolean droom = withDroom && child == 0;
      if (!droom && parents.get(child) < 0 && !isAncestorOrSelf(child, parent)) {
        parents.set(child, parent);
      } else {
        crossLinks.add(List.of(child, parent));
      }
    }

    private boolean isAncestorOrSelf(int candidate, int v) {
      for (int u = v; u >= 0; u = parents.get(u)) {
        if (u == candidate) {
          return true;
        }
      }
      return false;
    }

    private String slug(String folded) {
      String base = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
      if (base.length() > 60) {
        base = base.substring(0, 60).replaceAll("-+$", "");
      }
      if (base.isEmpty()) {
        base = "knoop";
      }
      String id = base;
      for (int k = 2; !usedIds.add(id); k++) {
        id = base + "-" + k;
      }
      return id;
    }

    LadderingResult result() {
      int n = ids.size();
      if (withDroom) {
        for (int v = 1; v < n; v++) {
          if (parents.get(v) < 0) {
            parents.set(v, 0);
          }
        }
      }
      Doelenboom.Builder tree = Doelenboom.builder();
      for (int v = 0; v < n; v++) {
        Level level = parents.get(v) < 0 ? Level.DROOM : Level.DOEL;
        tree.addNode(Node.of(ids.get(v), level, texts.get(v)));
      }
      for (int v = 0; v < n; v++) {
        if (parents.get(v) >= 0) {
          tree.addLink(Link.of(ids.get(v), ids.get(parents.get(v))));
        }
      }
      for (List<Integer> pair : crossLinks) {
        tree.addCrossLink(CrossLink.of(ids.get(pair.get(0)), ids.get(pair.get(1))));
      }
      return LadderingResult.builder().doelenboom(tree.build()).attributions(attributions).build();
    }
  }
}
