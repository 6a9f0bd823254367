package nl.opgave.workshop.doelenboom;

import java.util.List;
import java.util.Locale;

/** The stable codes of doelenboom violations, each with its severity. */
public enum ViolationCode {
  /** No node is without a parent (or there are no nodes). */
  ROOT_MISSING(Severity.ERROR, "the tree has no root (a node without parent) among its %s nodes",
      "de boom heeft geen wortel (knoop zonder ouder) onder zijn %s knopen"),
  /** A second node without a parent. */
  ROOT_MULTIPLE(Severity.ERROR, "'%s' is a second root; the tree's root is '%s'",
      "'%s' is een tweede wortel; de wortel van de boom is '%s'"),
  /** The root is not a droom. */
  ROOT_NOT_DROOM(Severity.ERROR, "the root '%s' is a %s; the root must be a droom",
      "de wortel '%s' is een %s; de wortel moet een droom zijn"),
  /** Parent links that lead back to where they started. */
  CYCLE(Severity.ERROR, "the parent links form a cycle: %s", "de ouderverwijzingen vormen een kring: %s"),
  /** A parent link to an id no node has. */
  DANGLING_PARENT(Severity.ERROR, "'%s' has parent '%s', which is not a node",
      "'%s' heeft ouder '%s', maar die knoop bestaat niet"),
  /** A parent link from an id no node has. */
  UNKNOWN_CHILD(Severity.ERROR, "a link makes '%1$s' a child of '%2$s', but '%1$s' is not a node",
      "een verwijzing maakt '%1$s' kind van '%2$s', maar knoop '%1$s' bestaat niet"),
  /** A node with more than one parent; the first link counts, the others are reported. */
  TWO_PARENTS(Severity.ERROR, "'%s' has two parents: '%s' and '%s'", "'%s' heeft twee ouders: '%s' en '%s'"),
  /** Two nodes with the same id; the first one counts. */
  DUPLICATE_ID(Severity.ERROR, "id '%s' is used by node %s and again by node %s",
      "id '%s' wordt gebruikt door knoop %s en opnieuw door knoop %s"),
  /** A child sits on a higher level than its parent: a doel below a project, a droom below a doel. */
  LEVEL_ORDER(Severity.ERROR, "%s '%s' sits below %s '%s'; no node may sit above its parent's level",
      "%s '%s' staat onder %s '%s'; geen knoop mag boven het niveau van zijn ouder staan"),
  /** A leaf that is a droom or a doel. */
  LEAF_NOT_PROJECT(Severity.ERROR, "%s '%s' has no children; every leaf must be a project",
      "%s '%s' heeft geen kinderen; elk blad moet een project zijn"),
  /** A node deeper than the depth limit; reported at the first such node of each branch. */
  TOO_DEEP(Severity.ERROR, "'%s' lies at depth %s, deeper than the limit of %s",
      "'%s' ligt op diepte %s, dieper dan de grens van %s"),
  /** A "draagt ook bij aan" link with an end that is not a node. */
  DANGLING_CROSS_LINK(Severity.ERROR, "the cross-link from '%s' to '%s' names '%s', which is not a node",
      "de kruisverwijzing van '%s' naar '%s' noemt '%s', maar die knoop bestaat niet"),
  /** A "draagt ook bij aan" link from a node to itself. */
  CROSS_LINK_TO_SELF(Severity.ERROR, "'%s' has a cross-link to itself", "'%s' heeft een kruisverwijzing naar zichzelf"),
  /** The same parent link given twice. */
  DUPLICATE_LINK(Severity.WARNING, "'%s' is linked to parent '%s' more than once",
      "'%s' is meer dan eens aan ouder '%s' gekoppeld"),
  /** An AND refinement with one child. */
  AND_SINGLE_CHILD(Severity.WARNING, "AND node '%s' has one child; an AND refinement needs at least two",
      "EN-knoop '%s' heeft één kind; een EN-verfijning vraagt er minstens twee"),
  /** Two children of one parent with the same text, ignoring case, spacing and accents. */
  DUPLICATE_SIBLING(Severity.WARNING, "'%s' has the same text as its sibling '%s'",
      "'%s' heeft dezelfde tekst als zusterknoop '%s'"),
  /** A project without a measurable target. */
  PROJECT_WITHOUT_TARGET(Severity.WARNING, "project '%s' has no measurable target",
      "project '%s' heeft geen meetbare streefwaarde");

  private final Severity severity;
  private final String english;
  private final String dutch;

  ViolationCode(Severity severity, String english, String dutch) {
    this.severity = severity;
    this.english = english;
    this.dutch = dutch;
  }

  /** Returns whether a violation with this code makes the tree invalid. */
  public Severity severity() {
    return severity;
  }

  String message(List<String> args, Locale locale) {
    String template = locale != null && "nl".equals(locale.getLanguage()) ? dutch : english;
    return String.format(Locale.ROOT, template, args.toArray());
  }
}
