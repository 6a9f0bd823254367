package nl.opgave.pdf;

final class Words {
  private final boolean en;

  Words(boolean en) {
    this.en = en;
  }

  private String pick(String nl, String english) {
    return en ? english : nl;
  }

  String table() {
    return pick("Tafel", "Table");
  }

  String round() {
    return pick("Ronde", "Round");
  }

  String vraagstuk() {
    return pick("Vraagstuk", "Question");
  }

  String side() {
    return pick("Kant", "Side");
  }

  String host() {
    return pick("Tafelhost", "Host");
  }

  String noHost() {
    return pick("Geen vaste tafelhost", "No fixed host");
  }

  String absent() {
    return pick("afwezig", "absent");
  }

  String continued() {
    return pick("(vervolg)", "(continued)");
  }

  String wallPlan() {
    return pick("Wandplan", "Wall plan");
  }

  String rotation() {
    return pick("Tafelrotatie", "Table rotation");
  }

  String more() {
    return pick("… meer op het wandplan", "… more on the wall plan");
  }

  String hostMark() {
    return pick("tafelhost", "host");
  }
}
