package nl.opgave.model.community;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A role around an opgave: the roles of the movement's poll and the roles on the Provincie Zuid-Holland slides. */
public enum OpgaveRole {
  /** Poll role: manages the opgave and is accountable for its result. */
  OPGAVEMANAGER("Opgavemanager", Group.POLL,
      "Stuurt de opgave als geheel aan en is aanspreekbaar op het resultaat."),
  /** Poll role: pulls the opgave forward day to day. */
  OPGAVETREKKER("Opgavetrekker", Group.POLL,
      "Trekt de opgave in de praktijk en verbindt de partners aan tafel."),
  /** Poll role: supports opgaven with method, process and capacity. */
  OPGAVEONDERSTEUNER("Opgaveondersteuner", Group.POLL,
      "Ondersteunt opgaven met werkvormen, procesbegeleiding en capaciteit."),
  /** Poll role: spreads opgavegericht werken through the organisation. */
  OPGAVEAANJAGER("Opgaveaanjager", Group.POLL,
      "Jaagt opgavegericht werken aan in de eigen organisatie en daarbuiten."),
  /** Poll role: coaches people and teams who work on opgaven. */
  OPGAVECOACH("Opgavecoach", Group.POLL,
      "Coacht mensen en teams die opgavegericht werken."),
  /** Poll option for those who fit no single role. */
  NIET_IN_EEN_HOKJE("Ik ben niet in een hokje te vatten", Group.POLL,
      "Combineert rollen of past in geen van de vaste rollen."),
  /** Provincie Zuid-Holland: the official who commissions the opgave (AOG). */
  AMBTELIJK_OPDRACHTGEVER("Ambtelijk opdrachtgever", Group.STRUCTURE,
      "Geeft ambtelijk opdracht voor de opgave en bewaakt de bedoeling (AOG)."),
  /** Provincie Zuid-Holland: the programme or project manager. */
  P_MANAGER("P-manager", Group.STRUCTURE,
      "Programma- of projectmanager die de opgave in uitvoering brengt."),
  /** Provincie Zuid-Holland: a member of the opgave team. */
  TEAMLID("Teamlid", Group.STRUCTURE,
      "Werkt als lid van het opgaveteam aan de opgave."),
  /** Provincie Zuid-Holland: a team that supplies expertise, such as the ecologists. */
  TOELEVERANCIER("Toeleverancier", Group.STRUCTURE,
      "Levert expertise of capaciteit aan de opgave, zoals het team ecologen."),
  /** Provincie Zuid-Holland: the official who takes on the assignment. */
  AMBTELIJK_OPDRACHTNEMER("Ambtelijk opdrachtnemer", Group.STRUCTURE,
      "Neemt de opdracht ambtelijk aan en is verantwoordelijk voor de uitvoering."),
  /** Provincie Zuid-Holland: programmes, prioritises and steers on coherence within a domain. */
  DOMEINDIRECTEUR("Domeindirecteur", Group.STRUCTURE,
      "Programmeert, prioriteert en stuurt op samenhang binnen het domein.");

  /** Where a role comes from. */
  public enum Group {
    /** The movement's poll "Wat is jouw opgavegerichte rol?". */
    POLL,
    /** The roles around an opgave in an organisation's structure. */
    STRUCTURE
  }

  private final String label;
  private final Group group;
  private final String description;

  OpgaveRole(String label, Group group, String description) {
    this.label = label;
    this.group = group;
    this.description = description;
  }

  /** Returns the Dutch label as the portal shows it. */
  public String label() {
    return label;
  }

  /** Returns where the role comes from. */
  public Group group() {
    return group;
  }

  /** Returns a one-sentence Dutch description. */
  public String description() {
    return description;
  }

  /** Returns the roles of one group in declaration order. */
  public static List<OpgaveRole> of(Group group) {
    return Arrays.stream(values()).filter(r -> r.group == group).collect(Collectors.toUnmodifiableList());
  }
}
