package nl.opgave.model.community;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded generators of community values for property tests. */
final class Generators {
  private static final String[] VOORNAMEN = {"Jos", "Anouk", "Ëlla", "Zoë", "René", "Iris", "IJsbrand", "Jan",
      "Noël", "Chloé", "Bram", "Saskia", "Özlem", "Mohammed", "Sanne", "Thijs", "Ijsbrand", "anna"};
  private static final String[] TUSSENVOEGSELS = {"", "", "", "van", "van der", "de", "van den", "van 't", "ter",
      "in 't", "le", "d'", "van de"};
  private static final String[] ACHTERNAMEN = {"Ploeg", "IJssel", "Witlox-van den IJssel", "Jonge", "Vries",
      "Eijsvogel", "Groet", "Çelik", "Müller", "Brouwer", "Bakker", "Ijzerman", "IJzerman", "Dijk", "Aa", "Zuilen",
      "Veer", "Toorn", "Émile", "Bokhorst", "Bökhorst", "bakker", "Ploeg-Smit"};
  private static final String[] ORGANISATIONS = {"pzh", "bzk", "heemskerk", "nsob"};

  private final SplittableRandom random;

  Generators(long seed) {
    this.random = new SplittableRandom(seed);
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  PersonName name() {
    PersonName.Builder name = PersonName.builder();
    int shape = random.nextInt(10);
    if (shape == 0) {
      return name.voornaam(pick(VOORNAMEN)).build();
    }
    if (shape == 1) {
      name.voorletters(pick(VOORNAMEN).substring(0, 1).toUpperCase(java.util.Locale.ROOT) + ".");
    } else if (shape != 2) {
      name.voornaam(pick(VOORNAMEN));
    }
    String tussenvoegsel = pick(TUSSENVOEGSELS);
    if (!tussenvoegsel.isEmpty()) {
      name.tussenvoegsel(tussenvoegsel);
    }
    return name.achternaam(pick(ACHTERNAMEN)).build();
  }

  Member member(String id) {
    Member.Builder member = Member.builder().id(id).name(name());
    if (random.nextBoolean()) {
      member.organisationId(pick(ORGANISATIONS));
    }
    OpgaveRole[] roles = OpgaveRole.values();
    for (int i = random.nextInt(3); i > 0; i--) {
      member.addRoles(pick(roles));
    }
    return member.build();
  }

  List<Member> members(int count) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      members.add(member("m" + random.nextInt(count * 2)));
    }
    return members;
  }

  MemberDirectory directory(int count) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      members.add(member("m" + i));
    }
    return MemberDirectory.builder()
        .addOrganisations(Organisation.of("pzh", "Provincie Zuid-Holland", OrganisationKind.PROVINCIE))
        .addOrganisations(Organisation.of("bzk", "Ministerie van Binnenlandse Zaken", OrganisationKind.RIJK))
        .addOrganisations(Organisation.of("heemskerk", "Gemeente Heemskerk", OrganisationKind.GEMEENTE))
        .addOrganisations(Organisation.of("nsob", "Nederlandse School voor Openbaar Bestuur",
            OrganisationKind.ONDERWIJS_KENNIS))
        .members(members)
        .build();
  }

  /** Removes accents and changes case at random, the way people type a search. */
  String sloppy(String text) {
    String bare = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String typed = random.nextBoolean() ? bare : text;
    switch (random.nextInt(3)) {
      case 0:
        return typed.toLowerCase(java.util.Locale.ROOT);
      case 1:
        return typed.toUpperCase(java.util.Locale.ROOT);
      default:
        return typed;
    }
  }

  static java.util.stream.LongStream seeds(int count) {
    return java.util.stream.LongStream.range(0, count);
  }
}
