package nl.opgave.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stable code of every problem the library reports, and the one table of its messages: for each code what is
 * wrong and what was expected, in English and in Dutch. Templates take the problem's arguments as {@code %s}; an
 * argument written {@code #CODE} is itself rendered from this table, so "found a number" reads "gevonden: een
 * getal" in Dutch; {@code #CODE} followed by arguments, each after a U+001F separator, renders that code with them
 * (the model's field labels: "event 'e1': title" reads "bijeenkomst 'e1': de titel"); such an argument that is
 * itself an argument of a {@code #CODE} is enclosed in U+0002 and U+0003 ("row 3: event 'e1': title ...").
 */
public enum ProblemCode {
  // ------------------------------------------------------------------ free text (not translated)
  /** A problem given as text only, by code outside this library: arguments message and expected. */
  TEXT("%s", "%2$s", "%s", "%2$s"),
  /** A rule worded as text only, by a host through InvalidValueException's constructors: argument the message. */
  MODEL_RULE("%s", "", "%s", ""),

  // ------------------------------------------------------------------ the model's preconditions
  /** A required field was not set: argument the field names. */
  REQUIRED_NOT_SET("required field(s) not set: %s", "", "verplichte velden ontbreken: %s", ""),
  /** A field is null: argument the field. */
  NULL_VALUE("%s must not be null", "", "%s mag niet leeg (null) zijn", ""),
  /** Not an id: arguments field and value. */
  NOT_AN_ID("%s must be 1-100 letters, digits, '.', '_', ':' or '-' starting with a letter or digit, but was %s", "",
      "%s moet 1-100 letters, cijfers, '.', '_', ':' of '-' zijn, beginnend met een letter of cijfer, maar was %s", ""),
  /** What an id is, for an expectation: no arguments. */
  ID_RULE("1-100 letters, digits, '.', '_', ':' or '-' starting with a letter or digit", "",
      "1-100 letters, cijfers, '.', '_', ':' of '-', beginnend met een letter of cijfer", ""),
  /** Blank text: arguments field and value. */
  TEXT_BLANK("%s must not be blank, but was %s", "", "%s mag niet leeg zijn, maar was %s", ""),
  /** Text with white space around it: arguments field and value. */
  TEXT_SPACE_AROUND("%s must not start or end with white space, but was %s", "",
      "%s mag niet met witruimte beginnen of eindigen, maar was %s", ""),
  /** Text too long: arguments field, limit and length. */
  TEXT_TOO_LONG("%s must be at most %s characters, but has %s", "", "%s mag hooguit %s tekens hebben, maar heeft %s",
      ""),
  /** A control character in text: arguments field, code point, index and value. */
  TEXT_CONTROL("%s must not contain control character U+%s (at index %s), but was %s", "",
      "%s mag geen stuurteken U+%s bevatten (op positie %s), maar was %s", ""),
  /** Not positive: arguments field and value. */
  NOT_POSITIVE("%s must be positive, but was %s", "", "%s moet positief zijn, maar was %s", ""),
  /** Negative: arguments field and value. */
  NEGATIVE("%s must not be negative, but was %s", "", "%s mag niet negatief zijn, maar was %s", ""),
  /** An id listed twice: arguments field and id. */
  ID_TWICE("%s contains the id %s twice", "", "%s bevat het id %s twee keer", ""),

  /** A tussenvoegsel not in lower case: argument the value. */
  TUSSENVOEGSEL_CASE("tussenvoegsel must be stored in lower case, but was %s", "",
      "tussenvoegsel moet in kleine letters staan, maar was %s", ""),
  /** A name without any part to call the person by. */
  NAME_WITHOUT_PARTS("name must have a voornaam, voorletters or achternaam, but has none", "",
      "een naam heeft een voornaam, voorletters of achternaam nodig, maar heeft geen daarvan", ""),
  /** A tussenvoegsel without achternaam: argument the tussenvoegsel. */
  TUSSENVOEGSEL_ALONE("tussenvoegsel %s needs an achternaam", "", "tussenvoegsel %s vraagt een achternaam", ""),

  /** A member holding one role of an opgave twice: arguments the opgave, the member and the role. */
  ROLE_HELD_TWICE("opgave %s: member %s holds role %s twice", "", "opgave %s: lid %s heeft de rol %s twee keer", ""),
  /** A begrippenlijst label listed twice: argument the label. */
  LABEL_TWICE("begrippenlijst contains %s twice", "", "de begrippenlijst bevat %s twee keer", ""),
  /** A poll without options: argument the poll. */
  POLL_WITHOUT_OPTIONS("poll %s must have at least one option", "", "peiling %s heeft minstens één keuze nodig", ""),
  /** A glossary link that is no web address: arguments the entry and the link. */
  LINK_NOT_HTTP("begrippenlijst link of %s must be an http(s) URL with a host, but was %s", "",
      "de verwijzing bij %s in de begrippenlijst moet een http(s)-adres met hostnaam zijn, maar was %s", ""),

  // ---- model rules (modelrules2): null elements
  /** A null element of a list: argument the list's field. */
  NULL_ELEMENT("%s element must not be null", "", "een element van %s mag niet leeg (null) zijn", ""),
  /** A null key of a map: argument the map's field. */
  NULL_MAP_KEY("%s key must not be null", "", "een sleutel van %s mag niet leeg (null) zijn", ""),
  /** A null value of a map: arguments the map's field and the key. */
  NULL_MAP_VALUE("%s value for key %s must not be null", "",
      "de waarde bij sleutel %2$s in %1$s mag niet leeg (null) zijn", ""),

  // ---- model rules (modelrules2): cross-references of a community and its member directory
  /** An event hosted by no organisation of the directory: arguments the event and the organisation. */
  EVENT_HOST_UNKNOWN("event %s: hostOrganisationId %s names no organisation", "",
      "bijeenkomst %s: de gastorganisatie %s noemt geen bestaande organisatie", ""),
  /** A vote by no member of the directory: arguments the poll and the member. */
  POLL_VOTER_UNKNOWN("poll %s: vote by %s names no member", "",
      "peiling %s: de stem van %s noemt geen bestaand lid", ""),
  /** A chat message by no member of the directory: arguments the message and the author. */
  CHAT_AUTHOR_UNKNOWN("chat message %s: authorId %s names no member", "",
      "chatbericht %s: de schrijver %s noemt geen bestaand lid", ""),
  /** A role of an opgave held by no member of the directory: arguments the opgave, the role and the member. */
  ROLE_MEMBER_UNKNOWN("opgave %s: %s %s names no member", "", "opgave %s: %s %s noemt geen bestaand lid", ""),
  /** A member of no organisation of the directory: arguments the member and the organisation. */
  MEMBER_ORGANISATION_UNKNOWN("member %s: organisationId %s names no organisation in the directory", "",
      "lid %s: de organisatie %s noemt geen bestaande organisatie in het ledenbestand", ""),

  // ---- model rules (modelrules2): polls and the begrippenlijst
  /** A vote for an option the poll lacks: arguments the poll, the member and the option. */
  POLL_UNKNOWN_OPTION("poll %s: vote of member %s names unknown option %s", "",
      "peiling %s: lid %s stemt op keuze %s, maar die keuze heeft de peiling niet", ""),
  /** A begrippenlijst label without category: argument the label. */
  GLOSSARY_LABEL_CATEGORY("begrippenlijst label %s must start with a category (Bijeenkomst, Casustiek | , Lezen | ,"
      + " Overig | , Podcast | , Toolkit | , Werkvorm | )", "",
      "het label %s in de begrippenlijst moet met een categorie beginnen (Bijeenkomst, Casustiek | , Lezen | ,"
      + " Overig | , Podcast | , Toolkit | , Werkvorm | )", ""),

  // ------------------------------------------------------------------ events and programmes
  /** An event time outside Europe/Amsterdam: arguments the event, the field (#FIELD_START or #FIELD_END), the time. */
  EVENT_ZONE("event %s: %s must be in zone Europe/Amsterdam, but was %s", "",
      "bijeenkomst %s: %s moet in tijdzone Europe/Amsterdam liggen, maar was %s", ""),
  /** An event that ends before it starts: arguments the event, its end and its start. */
  EVENT_END_BEFORE_START("event %s: end %s must lie after start %s", "",
      "bijeenkomst %s: het einde %s moet na het begin %s liggen", ""),
  /** An event that ends on another day: arguments the event, its end and its start. */
  EVENT_OTHER_DAY("event %s: end %s must fall on the day of start %s", "",
      "bijeenkomst %s: het einde %s moet op de dag van het begin %s vallen", ""),
  /** A programme item that lasts no time or over a day: arguments the item and its duration. */
  PROGRAMME_ITEM_DURATION("programme item %s: duration must be positive and at most 24 hours, but was %s", "",
      "programmaonderdeel %s: de duur moet positief zijn en hooguit 24 uur, maar was %s", ""),

  // ---- model rules (modelrules2): a programme's timetable
  /** A programme that runs into the next day: arguments the start, the length. */
  PROGRAMME_PAST_MIDNIGHT("programme starting at %s runs %s and would run past midnight", "",
      "een programma dat om %s begint, duurt %s en zou na middernacht doorlopen", ""),
  /** A planned end before the start of a timetable: arguments the planned end and the start. */
  PROGRAMME_END_BEFORE_START("planned end %s lies before the start %s", "",
      "het geplande einde %s ligt voor het begin %s", ""),

  // ------------------------------------------------------------------ session plans
  /** A changeover outside 0..1 hour: arguments the plan and the changeover. */
  SESSION_CHANGEOVER("session plan %s: changeover must lie between 0 and 1 hour, but was %s", "",
      "sessieplan %s: de wisseltijd moet tussen 0 en 1 uur liggen, maar was %s", ""),
  /** A duration of a plan that is not positive: arguments the plan, the field (#FIELD_...) and the duration. */
  SESSION_NOT_POSITIVE("session plan %s: %s must be positive, but was %s", "",
      "sessieplan %s: %s moet positief zijn, maar was %s", ""),
  /** A planned end before the start: arguments the plan, the end and the start. */
  SESSION_END_BEFORE_START("session plan %s: plannedEnd %s must lie after the start %s", "",
      "sessieplan %s: het geplande einde %s moet na het begin %s liggen", ""),
  /** A number used twice: arguments the plan, what (#WORD_TABLE, #WORD_SIDE, #WORD_VRAAGSTUK) and the number. */
  SESSION_NUMBER_TWICE("session plan %s: %s number %s occurs twice", "",
      "sessieplan %s: %s met nummer %s komt twee keer voor", ""),
  /** A table on a side the plan lacks: arguments the plan, the table and the side. */
  SESSION_TABLE_SIDE("session plan %s: table %s stands on side %s, which the plan does not have", "",
      "sessieplan %s: tafel %s staat aan kant %s, maar die kant heeft het plan niet", ""),
  /** A table with a vraagstuk the plan lacks: arguments the plan, the table and the vraagstuk. */
  SESSION_TABLE_VRAAGSTUK("session plan %s: table %s carries vraagstuk %s, which the plan does not have", "",
      "sessieplan %s: tafel %s heeft vraagstuk %s, maar dat vraagstuk heeft het plan niet", ""),
  /** One host at two tables: arguments the plan and the host. */
  SESSION_HOST_TWICE("session plan %s: host %s is host of more than one table", "",
      "sessieplan %s: %s is tafelhost van meer dan één tafel", ""),
  /** A round out of order: arguments the plan, the position and the round's number. */
  SESSION_ROUND_NUMBER("session plan %1$s: round at position %2$s must have number %2$s, but has %3$s", "",
      "sessieplan %1$s: de ronde op plaats %2$s moet nummer %2$s hebben, maar heeft %3$s", ""),
  /** A harvest of a side the plan lacks: arguments the plan and the side. */
  SESSION_HARVEST_SIDE("session plan %s: harvest names side %s, which the plan does not have", "",
      "sessieplan %s: een oogst noemt kant %s, maar die kant heeft het plan niet", ""),
  /** Two harvests of one side: arguments the plan and the side. */
  SESSION_HARVEST_TWICE("session plan %s: side %s has more than one harvest", "",
      "sessieplan %s: kant %s heeft meer dan één oogst", ""),

  // ------------------------------------------------------------------ rotation requests and plans
  /** An empty list: argument the field (#FIELD_PARTICIPANTS or #FIELD_TABLES). */
  REQUEST_EMPTY("rotation request: %s must not be empty", "", "rotatieaanvraag: %s mag niet leeg zijn", ""),
  /** Rounds out of range: arguments the maximum and the value. */
  REQUEST_ROUNDS("rotation request: rounds must lie between 1 and %s, but was %s", "",
      "rotatieaanvraag: het aantal rondes moet tussen 1 en %s liggen, maar was %s", ""),
  /** A limit that is not positive: arguments the field (#FIELD_TIME_LIMIT or #FIELD_ITERATION_LIMIT), the value. */
  REQUEST_NOT_POSITIVE("rotation request: %s must be positive, but was %s", "",
      "rotatieaanvraag: %s moet positief zijn, maar was %s", ""),
  /** A participant id used twice: argument the id. */
  REQUEST_PARTICIPANT_TWICE("rotation request: participant id %s occurs twice", "",
      "rotatieaanvraag: deelnemer-id %s komt twee keer voor", ""),
  /** A participant arriving after the last round: arguments the participant, the round and the last round. */
  REQUEST_ARRIVES_LATE("rotation request: participant %s arrives in round %s, after the last round %s", "",
      "rotatieaanvraag: deelnemer %s komt in ronde %s, na de laatste ronde %s", ""),
  /** A number used twice: arguments what (#WORD_TABLE, #WORD_SIDE, #WORD_VRAAGSTUK) and the number. */
  REQUEST_NUMBER_TWICE("rotation request: %s number %s occurs twice", "",
      "rotatieaanvraag: %s met nummer %s komt twee keer voor", ""),
  /** Some tables on a side, some not: arguments how many are on a side and how many tables there are. */
  REQUEST_SIDES_MIXED("rotation request: either every table stands on a side or none does, but %s of %s do", "",
      "rotatieaanvraag: elke tafel staat aan een kant of geen enkele, maar %s van de %s tafels staan aan een kant", ""),
  /** A table on a side that is not there: arguments the table and the side. */
  REQUEST_TABLE_SIDE("rotation request: table %s stands on side %s, which is not among the sides", "",
      "rotatieaanvraag: tafel %s staat aan kant %s, maar die kant bestaat niet", ""),
  /** A table with a vraagstuk that is not there: arguments the table and the vraagstuk. */
  REQUEST_TABLE_VRAAGSTUK("rotation request: table %s carries vraagstuk %s, which is not among the vraagstukken", "",
      "rotatieaanvraag: tafel %s heeft vraagstuk %s, maar dat vraagstuk bestaat niet", ""),
  /** A host who is no participant: arguments the host and the table. */
  REQUEST_HOST_UNKNOWN("rotation request: host %s of table %s is not a participant", "",
      "rotatieaanvraag: tafelhost %s van tafel %s is geen deelnemer", ""),
  /** A participant hosting two tables: arguments the participant and both tables. */
  REQUEST_HOST_TWICE("rotation request: participant %s is host of two tables, %s and %s", "",
      "rotatieaanvraag: deelnemer %s is tafelhost van twee tafels, %s en %s", ""),
  /** A participant on a side without tables: arguments the participant and the side. */
  REQUEST_SIDE_WITHOUT_TABLE("rotation request: participant %s is on side %s, but no table stands on that side", "",
      "rotatieaanvraag: deelnemer %s staat aan kant %s, maar aan die kant staat geen tafel", ""),
  /** A host on another side than the table: arguments the participant, the side, the table and its side. */
  REQUEST_HOST_OTHER_SIDE("rotation request: participant %s is on side %s but hosts table %s on side %s", "",
      "rotatieaanvraag: deelnemer %s staat aan kant %s maar is tafelhost van tafel %s aan kant %s", ""),
  /** A pinned seat of no participant: argument the id. */
  REQUEST_PIN_UNKNOWN("rotation request: pinned seat names %s, who is not a participant", "",
      "rotatieaanvraag: een vaste plaats noemt %s, maar dat is geen deelnemer", ""),
  /** A pinned seat after the last round: arguments the participant, the round and the number of rounds. */
  REQUEST_PIN_ROUND("rotation request: pinned seat of %s is in round %s, but there are only %s rounds", "",
      "rotatieaanvraag: de vaste plaats van %s is in ronde %s, maar er zijn maar %s rondes", ""),
  /** A pinned seat in a round the participant misses: arguments the participant and the round. */
  REQUEST_PIN_ABSENT("rotation request: pinned seat of %s is in round %s, which they do not attend", "",
      "rotatieaanvraag: de vaste plaats van %1$s is in ronde %2$s, maar %1$s is in die ronde afwezig", ""),
  /** A pinned seat at no table: arguments the participant and the table. */
  REQUEST_PIN_TABLE("rotation request: pinned seat of %s is at table %s, which does not exist", "",
      "rotatieaanvraag: de vaste plaats van %s is aan tafel %s, maar die tafel bestaat niet", ""),
  /** Two pinned seats in one round: arguments the participant and the round. */
  REQUEST_PIN_TWICE("rotation request: participant %s has two pinned seats in round %s", "",
      "rotatieaanvraag: deelnemer %s heeft twee vaste plaatsen in ronde %s", ""),
  /** A host pinned to another table: arguments the host, the table, the pinned table and the round. */
  REQUEST_PIN_HOST("rotation request: host %s of table %s is pinned to table %s in round %s; hosts never move", "",
      "rotatieaanvraag: tafelhost %1$s van tafel %2$s staat in ronde %4$s vast aan tafel %3$s; een tafelhost"
      + " blijft altijd aan zijn tafel", ""),
  /** A pair naming no participant: arguments the field (keepApart or keepTogether) and the id. */
  REQUEST_PAIR_UNKNOWN("rotation request: %s names %s, who is not a participant", "",
      "rotatieaanvraag: %s noemt %s, maar dat is geen deelnemer", ""),
  /** A pair to keep both apart and together: arguments both participants. */
  REQUEST_PAIR_BOTH("rotation request: the pair %s and %s is to be kept both apart and together", "",
      "rotatieaanvraag: het paar %s en %s moet zowel gescheiden als bij elkaar blijven", ""),
  /** A participant at a table on another side: arguments round, participant, side, table, the table's side. */
  PLAN_WRONG_SIDE("round %s: %s of side %s sits at table %s on side %s", "",
      "ronde %s: %s van kant %s zit aan tafel %s aan kant %s", ""),
  /** A participant who changed sides: arguments round, participant, the side before, the side now. */
  PLAN_CHANGED_SIDE("round %s: %s changed from side %s to side %s", "",
      "ronde %s: %s is van kant %s naar kant %s gewisseld", ""),
  /** A table over its capacity: arguments round, table, the people seated and the capacity. */
  PLAN_OVER_CAPACITY("round %s: table %s seats %s people, more than its capacity %s", "",
      "ronde %s: aan tafel %s zitten %s mensen, meer dan de %s plaatsen", ""),
  /** A host away from their table: arguments round, host, the host's table and the table sat at. */
  PLAN_HOST_MOVED("round %s: host %s of table %s sits at table %s", "",
      "ronde %s: tafelhost %s van tafel %s zit aan tafel %s", ""),
  /** A pinned participant elsewhere: arguments round, participant, the pinned table and the table sat at. */
  PLAN_PIN_MOVED("round %s: %s is pinned to table %s but sits at table %s", "",
      "ronde %s: %s staat vast aan tafel %s maar zit aan tafel %s", ""),
  /** A pair to keep apart at one table: arguments round, both participants and the table. */
  PLAN_APART_TOGETHER("round %s: %s and %s are to be kept apart but share table %s", "",
      "ronde %s: %s en %s moeten gescheiden blijven maar zitten samen aan tafel %s", ""),
  /** Table sizes that differ by two or more: arguments round, big table, its size, small table, its size. */
  PLAN_UNEVEN("round %s: table %s seats %s but table %s only %s; sizes may differ by at most one", "",
      "ronde %s: aan tafel %s zitten %s mensen maar aan tafel %s maar %s; het verschil mag hooguit één zijn", ""),
  /** A pair of one participant: argument the participant. */
  PAIR_SAME("pair must name two different participants, but names %s twice", "",
      "een paar noemt twee verschillende deelnemers, maar noemt %s twee keer", ""),
  /** A negative table in a seating: arguments the round, the position and the value. */
  SEATING_NEGATIVE("seating of round %s: table at position %s must not be negative, but was %s", "",
      "tafelindeling van ronde %s: de tafel op plaats %s mag niet negatief zijn, maar was %s", ""),
  /** A participant leaving before arriving: arguments the participant, the last and the first round. */
  PARTICIPANT_LEAVES_EARLY("participant %s: lastRound %s must not lie before firstRound %s", "",
      "deelnemer %s: de laatste ronde %s mag niet voor de eerste ronde %s liggen", ""),
  /** A round that lasts no time or over 8 hours: arguments the round and its duration. */
  ROUND_DURATION("round %s: duration must be positive and at most 8 hours, but was %s", "",
      "ronde %s: de duur moet positief zijn en hooguit 8 uur, maar was %s", ""),
  /** A leaving participant named twice: argument the id. */
  REPAIR_LEAVING_TWICE("repair request: leaving names %s twice", "",
      "herstelaanvraag: de vertrekkers noemen %s twee keer", ""),
  /** A participant both leaving and arriving, or arriving twice: argument the id. */
  REPAIR_NAMED_TWICE("repair request: participant %s is named twice among leaving and arriving", "",
      "herstelaanvraag: deelnemer %s staat twee keer onder vertrekkers en nieuwkomers", ""),
  /** A pinned seat before the repair's first round: arguments the participant, the round and the first round. */
  REPAIR_PIN_EARLY("repair request: pinned seat of %s is in round %s, before fromRound %s", "",
      "herstelaanvraag: de vaste plaats van %s is in ronde %s, voor de eerste herstelde ronde %s", ""),
  /** A laddering chain without steps: argument the participant. */
  LADDERING_EMPTY("laddering chain of %s: steps must hold at least the statement, but was empty", "",
      "ladderketen van %s: de stappen bevatten minstens de uitspraak, maar de lijst is leeg", ""),
  /** Not one seating per round: arguments the rounds and the seatings. */
  PLAN_SEATINGS("rotation plan: needs %s seatings, one per round, but has %s", "",
      "rotatieplan: er zijn %s tafelindelingen nodig, één per ronde, maar het heeft er %s", ""),
  /** A seating for another round: arguments the position and its round. */
  PLAN_SEATING_ROUND("rotation plan: seating at position %1$s must be for round %1$s, but is for round %2$s", "",
      "rotatieplan: de tafelindeling op plaats %1$s moet voor ronde %1$s zijn, maar is voor ronde %2$s", ""),
  /** A seating of the wrong size: arguments the round, the participants and the seats. */
  PLAN_SEATING_SIZE("rotation plan: seating of round %s must seat %s participants, but has %s", "",
      "rotatieplan: de tafelindeling van ronde %s moet %s deelnemers plaatsen, maar heeft er %s", ""),
  /** A participant present without a table: arguments the participant and the round. */
  PLAN_NO_TABLE("rotation plan: participant %s attends round %s but has no table", "",
      "rotatieplan: deelnemer %s is in ronde %s aanwezig maar heeft geen tafel", ""),
  /** A seat at no table: arguments the participant, the table and the round. */
  PLAN_NO_SUCH_TABLE("rotation plan: participant %s sits at table %s in round %s, which does not exist", "",
      "rotatieplan: deelnemer %1$s zit in ronde %3$s aan tafel %2$s, maar die tafel bestaat niet", ""),
  /** A seat in a round the participant misses: arguments the participant, the round and the table. */
  PLAN_ABSENT_SEATED("rotation plan: participant %s does not attend round %s but sits at table %s", "",
      "rotatieplan: deelnemer %s is in ronde %s afwezig maar zit aan tafel %s", ""),

  // ---- model rules (modelrules2): rotation alternatives and a plan's rounds and participants
  /** A negative count of an alternative: arguments the kind (#ALTERNATIVE_...), the field (#FIELD_...), the value. */
  ALTERNATIVE_NEGATIVE("alternative %s: %s must not be negative, but was %s", "",
      "het alternatief %s: %s mag niet negatief zijn, maar was %s", ""),
  /** The alternative in which participants may change sides. */
  ALTERNATIVE_CROSS_SIDES("CROSS_SIDES", "", "waarin deelnemers van kant mogen wisselen", ""),
  /** The alternative in which a vraagstuk may come twice. */
  ALTERNATIVE_WITHOUT_VRAAGSTUK_RULE("WITHOUT_VRAAGSTUK_RULE", "", "waarin een vraagstuk twee keer mag komen", ""),
  /** An alternative's lower bound. */
  FIELD_REPEATS_LOWER_BOUND("repeatsLowerBound", "", "de ondergrens van herhalingen", ""),
  /** An alternative's repeats reached. */
  FIELD_ACHIEVED_REPEATS("achievedRepeats", "", "het gehaalde aantal herhalingen", ""),
  /** A round outside a plan: arguments the number of rounds and the round asked for. */
  PLAN_ROUND_RANGE("round must lie between 1 and %s, but was %s", "",
      "de ronde moet tussen 1 en %s liggen, maar was %s", ""),
  /** A participant a plan does not seat: argument the participant. */
  PLAN_PARTICIPANT_UNKNOWN("participant %s is not in the plan", "", "deelnemer %s staat niet in het plan", ""),

  // ------------------------------------------------------------------ doelenboom values
  /** A feasibility threshold outside 0..100: arguments the horizon and the value. */
  HORIZON_THRESHOLD("horizon %s: feasibilityThreshold must lie between 0 and 100, but was %s", "",
      "horizon %s: de haalbaarheidsdrempel moet tussen 0 en 100 liggen, maar was %s", ""),
  /** A negative budget: arguments the horizon and the value. */
  HORIZON_BUDGET("horizon %s: budget must not be negative, but was %s", "",
      "horizon %s: het budget mag niet negatief zijn, maar was %s", ""),
  /** A negative cost: arguments the project and the value. */
  PROJECT_COST("project %s: cost must not be negative, but was %s", "",
      "project %s: de kosten mogen niet negatief zijn, maar waren %s", ""),
  /** A feasibility outside 0..100: arguments the project and the value. */
  PROJECT_FEASIBILITY("project %s: feasibility must lie between 0 and 100, but was %s", "",
      "project %s: de haalbaarheid moet tussen 0 en 100 liggen, maar was %s", ""),
  /** A negative expected yield: arguments the project and the value. */
  PROJECT_YIELD("project %s: expectedYield must not be negative, but was %s", "",
      "project %s: de verwachte opbrengst mag niet negatief zijn, maar was %s", ""),
  /** A target quantity that is not positive: argument the quantity. */
  TARGET_QUANTITY("target.quantity must be greater than zero, but was %s", "",
      "streefwaarde: het aantal moet groter dan nul zijn, maar was %s", ""),

  // ---- model rules (modelrules2): the Groene Cirkel and levels
  /** Steps out of order: arguments the circle, the step and the step before it. */
  CIRKEL_STEP_ORDER("groene cirkel %s: steps must be listed once each in step order, but step %s follows step %s", "",
      "Groene Cirkel %s: elke stap staat er één keer, in de volgorde van de stappen, maar stap %s volgt op stap %s",
      ""),
  /** A project serving a node the doelenboom lacks: arguments the circle, the project and the node. */
  CIRKEL_NODE_UNKNOWN("groene cirkel %s: project %s serves node %s, which is not in the doelenboom", "",
      "Groene Cirkel %s: project %s dient knoop %s, maar die knoop staat niet in de doelenboom", ""),
  /** A depth without level: argument the depth. */
  LEVEL_DEPTH("level depth must be 0, 1 or 2, but was %s", "",
      "de diepte van een niveau moet 0, 1 of 2 zijn, maar was %s", ""),
  /** A text naming no level: argument the text. */
  LEVEL_UNKNOWN("level must be droom (waarom), doel (wat) or project (hoe), but was %s", "",
      "het niveau moet droom (waarom), doel (wat) of project (hoe) zijn, maar was %s", ""),

  // ------------------------------------------------------------------ files and limits
  /** A file over the size limit: argument the limit in bytes. */
  FILE_TOO_LARGE("the file is larger than %s bytes (the read limit)", "",
      "het bestand is groter dan %s bytes (de leesgrens)", ""),
  /** UTF-16 where UTF-8 is needed. */
  NOT_UTF8("the file is UTF-16 encoded", "UTF-8 (in Excel: save as 'CSV UTF-8')",
      "het bestand is in UTF-16 gecodeerd", "UTF-8 (in Excel: opslaan als 'CSV UTF-8')"),
  /** Bytes that are not UTF-8: argument the byte in hex. */
  INVALID_UTF8("invalid UTF-8 (byte 0x%s)", "text encoded as UTF-8 (in Excel: save as 'CSV UTF-8')",
      "ongeldige UTF-8 (byte 0x%s)", "tekst in UTF-8 (in Excel: opslaan als 'CSV UTF-8')"),
  /** Too many problems: argument the limit. */
  STOPPED("stopped after %s problems", "", "gestopt na %s problemen", ""),
  /** Too many rows: argument the limit. */
  TOO_MANY_ROWS("the file has more than %s rows (the read limit)", "",
      "het bestand heeft meer dan %s regels (de leesgrens)", ""),

  // ------------------------------------------------------------------ JSON documents (opgave-io's readers)
  /** An empty document. */
  JSON_EMPTY("the document is empty", "a JSON object", "het document is leeg", "een JSON-object"),
  /** Content after the root value. */
  JSON_TRAILING("found more content after the document", "the end of the file", "na het document volgt nog inhoud",
      "het einde van het bestand"),
  /** An array over the limit: argument the limit. */
  JSON_TOO_MANY_ELEMENTS("the array has more than %s elements (the read limit)", "",
      "de lijst heeft meer dan %s elementen (de leesgrens)", ""),
  /** A field the type does not have: arguments the field and the known fields. */
  JSON_UNKNOWN_FIELD("unknown field %s", "one of %2$s", "onbekend veld %s", "een van %2$s"),
  /** A field given twice: argument the field. */
  JSON_FIELD_TWICE("the field %s appears twice", "each field once", "het veld %s staat er twee keer",
      "elk veld één keer"),
  /** A value of the wrong type: arguments what was found and what was expected, both words of this table. */
  JSON_WRONG_TYPE("found %s", "%2$s", "gevonden: %s", "%2$s"),
  /** A value of the wrong type: arguments what was found (a word of this table) and the reader's description. */
  JSON_WRONG_TYPE_DESCRIBED("found %s", "%2$s", "gevonden: %s", ""),
  /** A required field missing: arguments the field and what was expected, a word of this table. */
  JSON_MISSING_FIELD("missing required field %s", "%2$s", "verplicht veld %s ontbreekt", "%2$s"),
  /** A required field missing: arguments the field and the reader's description. */
  JSON_MISSING_FIELD_DESCRIBED("missing required field %s", "%2$s", "verplicht veld %s ontbreekt", ""),
  /** An integer too large: arguments the number, the smallest and the largest allowed. */
  JSON_INTEGER_TOO_LARGE("the number %s is too large", "an integer between %2$s and %3$s", "het getal %s is te groot",
      "een geheel getal tussen %2$s en %3$s"),
  /** A decimal with an exponent: argument the number. */
  JSON_EXPONENT("the number %s has an exponent", "a plain decimal number, 12.5", "het getal %s heeft een exponent",
      "een gewoon decimaal getal, 12.5"),
  /** A decimal with too many digits: argument the number. */
  JSON_TOO_MANY_DIGITS("the number %s has too many digits", "at most 18 digits before and 9 after the point",
      "het getal %s heeft te veel cijfers", "hooguit 18 cijfers voor en 9 na de punt"),
  /** A number that is not finite: argument the number. */
  JSON_OUT_OF_RANGE("the number %s is out of range", "a finite number", "het getal %s valt buiten het bereik",
      "een eindig getal"),
  /** Not a time of day: argument the text. */
  JSON_NOT_A_TIME("%s is not a time of day", "an ISO-8601 local time, 10:00", "%s is geen tijdstip",
      "een ISO-8601-tijd, 10:00"),
  /** Not a date: argument the text. */
  JSON_NOT_A_DATE("%s is not a date", "an ISO-8601 date, 2030-12-31", "%s is geen datum",
      "een ISO-8601-datum, 2030-12-31"),
  /** A token the type does not know: arguments the text and the tokens known. */
  JSON_UNKNOWN_VALUE("unknown value %s", "one of %2$s", "onbekende waarde %s", "een van %2$s"),
  /** A date-time without zone: argument the text. */
  JSON_NO_ZONE("%s has no zone",
      "an ISO-8601 date-time with offset and zone, 2025-03-04T10:00:00+01:00[Europe/Amsterdam]",
      "%s heeft geen tijdzone",
      "een ISO-8601-datum en -tijd met verschil en tijdzone, 2025-03-04T10:00:00+01:00[Europe/Amsterdam]"),
  /** An offset the zone does not have then: arguments offset, zone, local time. */
  JSON_OFFSET_NOT_IN_ZONE("the offset %s is not valid in %s at %s",
      "an ISO-8601 date-time with offset and zone, 2025-03-04T10:00:00+01:00[Europe/Amsterdam]",
      "het verschil %s geldt niet in %s op %s",
      "een ISO-8601-datum en -tijd met verschil en tijdzone, 2025-03-04T10:00:00+01:00[Europe/Amsterdam]"),
  /** Not a date-time with zone: argument the text. */
  JSON_NOT_A_ZONED_DATE_TIME("%s is not a date-time with offset and zone",
      "an ISO-8601 date-time with offset and zone, 2025-03-04T10:00:00+01:00[Europe/Amsterdam]",
      "%s is geen datum en tijd met verschil en tijdzone",
      "een ISO-8601-datum en -tijd met verschil en tijdzone, 2025-03-04T10:00:00+01:00[Europe/Amsterdam]"),
  /** Not an instant: argument the text. */
  JSON_NOT_AN_INSTANT("%s is not a date-time with offset", "an ISO-8601 date-time with offset, 2025-03-04T12:30:00Z",
      "%s is geen datum en tijd met verschil", "een ISO-8601-datum en -tijd met verschil, 2025-03-04T12:30:00Z"),
  /** Not a duration: argument the text. */
  JSON_NOT_A_DURATION("%s is not a duration", "an ISO-8601 duration, PT30M", "%s is geen tijdsduur",
      "een ISO-8601-tijdsduur, PT30M"),
  /** Not a URI: argument the text. */
  JSON_NOT_A_URI("%s is not a URI", "an http(s) URL, https://example.org/page", "%s is geen URI",
      "een http(s)-adres, https://example.org/page"),
  /** Not an id: argument the text. */
  JSON_NOT_AN_ID("%s is not an id", "1-100 letters, digits, '.', '_', ':' or '-' starting with a letter or digit",
      "%s is geen id", "1-100 letters, cijfers, '.', '_', ':' of '-', beginnend met een letter of cijfer"),
  /** An id declared twice: argument the id. */
  JSON_ID_TWICE("the id %s is used twice", "an id not used before in the list", "het id %s wordt twee keer gebruikt",
      "een id dat nog niet in de lijst staat"),
  /** A reference to no id: arguments the id, what it should name (a word of this table), where the ids are. */
  JSON_NAMES_NOTHING("%s names no %s", "an id from %3$s", "%s noemt geen %s", "een id uit %3$s"),
  /** A role listed twice: argument the role. */
  JSON_ROLE_TWICE("the role %s is listed twice", "each role once", "de rol %s staat er twee keer",
      "elke rol één keer"),
  /** A member voting twice: argument the member. */
  JSON_VOTES_TWICE("member %s votes twice", "one vote per member", "lid %s stemt twee keer", "één stem per lid"),
  /** A document over the size limit: argument the limit in bytes. */
  JSON_TOO_LARGE("the document is larger than %s bytes (the read limit)", "",
      "het document is groter dan %s bytes (de leesgrens)", ""),
  /** A document in UTF-16 or UTF-32. */
  JSON_NOT_UTF8("the document is not UTF-8 encoded (it starts like UTF-16 or UTF-32)",
      "JSON text encoded as UTF-8 (RFC 8259)", "het document is niet in UTF-8 gecodeerd (het begint als UTF-16 of"
      + " UTF-32)", "JSON-tekst in UTF-8 (RFC 8259)"),
  /** Bytes the parser cannot decode. */
  JSON_ENCODING("invalid text encoding", "JSON text encoded as UTF-8 (RFC 8259)", "ongeldige tekencodering",
      "JSON-tekst in UTF-8 (RFC 8259)"),
  /** Invalid UTF-8 in a document: argument the parser's detail (shown in English only). */
  JSON_INVALID_UTF8("invalid UTF-8%s", "text encoded as UTF-8", "ongeldige UTF-8", "tekst in UTF-8"),
  /** A document that ends with objects or arrays open. */
  JSON_ENDS_OPEN("the document ends before all its objects and arrays are closed", "the rest of the JSON document",
      "het document houdt op voordat alle objecten en lijsten gesloten zijn", "de rest van het JSON-document"),
  /** A document that ends too early. */
  JSON_ENDS_EARLY("the document ends too early", "the rest of the JSON document", "het document houdt te vroeg op",
      "de rest van het JSON-document"),
  /** JSON the parser cannot read: argument the parser's detail (shown in English only). */
  JSON_MALFORMED("malformed JSON%s", "well-formed JSON (RFC 8259)", "onleesbare JSON", "welgevormde JSON (RFC 8259)"),
  /** Nesting over the limit: argument the limit. */
  JSON_TOO_DEEP("objects and arrays are nested deeper than %s levels (the read limit)", "",
      "objecten en lijsten zijn dieper genest dan %s niveaus (de leesgrens)", ""),
  /** A string over the limit: argument the limit. */
  STRING_TOO_LONG("a string is longer than %s characters (the read limit)", "",
      "een tekst is langer dan %s tekens (de leesgrens)", ""),
  /** A number over the limit: argument the limit. */
  JSON_NUMBER_TOO_LONG("a number is longer than %s characters (the read limit)", "",
      "een getal is langer dan %s tekens (de leesgrens)", ""),
  /** A field name over the limit: argument the limit. */
  JSON_NAME_TOO_LONG("a field name is longer than %s characters (the read limit)", "",
      "een veldnaam is langer dan %s tekens (de leesgrens)", ""),
  /** Another read limit: argument " of N" or nothing (shown in English only). */
  JSON_LIMIT("the document exceeds a read limit%s", "", "het document overschrijdt een leesgrens", ""),
  /** An unknown document format: arguments the format and the formats known. */
  JSON_UNKNOWN_FORMAT("unknown document format %s", "one of %2$s", "onbekend documenttype %s", "een van %2$s"),
  /** A document of another type than asked for: arguments its format and the one expected. */
  JSON_OTHER_FORMAT("this is an %s document", "%2$s", "dit is een %s-document", "%2$s"),

  // ------------------------------------------------------------------ words that arguments name (#CODE)
  /** Nothing: the input ended. */
  WORD_NOTHING("nothing", "", "niets", ""),
  /** A JSON object. */
  WORD_OBJECT("an object", "", "een object", ""),
  /** A JSON array. */
  WORD_ARRAY("an array", "", "een lijst", ""),
  /** A JSON string. */
  WORD_STRING("a string", "", "een tekst", ""),
  /** A JSON integer. */
  WORD_INTEGER("an integer", "", "een geheel getal", ""),
  /** A JSON number. */
  WORD_NUMBER("a number", "", "een getal", ""),
  /** A number with a fraction or exponent. */
  WORD_FRACTION("a number with a fraction or exponent", "", "een getal met decimalen of exponent", ""),
  /** A boolean. */
  WORD_BOOLEAN("a boolean", "", "een waarheidswaarde", ""),
  /** true or false. */
  WORD_TRUE_OR_FALSE("true or false", "", "true of false", ""),
  /** JSON null. */
  WORD_NULL("null", "", "null", ""),
  /** Something else. */
  WORD_UNEXPECTED("unexpected content", "", "onverwachte inhoud", ""),
  /** An id, a word for names-nothing problems. */
  WORD_NODE("node of the doelenboom", "", "bestaande knoop van de doelenboom", ""),
  /** An organisation. */
  WORD_ORGANISATION("organisation", "", "bestaande organisatie", ""),
  /** A member. */
  WORD_MEMBER("member", "", "bestaand lid", ""),
  /** An option of a poll. */
  WORD_OPTION("option of this poll", "", "bestaande keuze van deze peiling", ""),
  /** A participant of a rotation request. */
  WORD_PARTICIPANT("participant of the request", "", "bestaande deelnemer van de aanvraag", ""),
  /** A table. */
  WORD_TABLE("table", "", "tafel", ""),
  /** A side of the room. */
  WORD_SIDE("side", "", "kant", ""),
  /** A vraagstuk (kept Dutch in both languages). */
  WORD_VRAAGSTUK("vraagstuk", "", "vraagstuk", ""),
  /** A field of an event: arguments the event and the field (#FIELD_...). */
  LABEL_EVENT("event %s: %s", "", "bijeenkomst %s: %s", ""),
  /** A field of a project: arguments the project and the field (#FIELD_...). */
  LABEL_PROJECT("project %s: %s", "", "project %s, %s", ""),
  /** A field of a session plan: arguments the plan and the field (#FIELD_...). */
  LABEL_SESSION_PLAN("session plan %s: %s", "", "sessieplan %s: %s", ""),
  /** A field of a participant: arguments the participant and the field (#FIELD_...). */
  LABEL_PARTICIPANT("participant %s: %s", "", "deelnemer %s: %s", ""),
  /** A field of a round: arguments the round and the field (#FIELD_...). */
  LABEL_ROUND("round %s: %s", "", "ronde %s: %s", ""),
  /** A participant's id. */
  FIELD_PARTICIPANT_ID("participant.id", "", "het id van de deelnemer", ""),
  /** An organisation. */
  FIELD_ORGANISATION("organisation", "", "de organisatie", ""),
  /** A side. */
  FIELD_SIDE("side", "", "de kant", ""),
  /** The first round a participant attends. */
  FIELD_FIRST_ROUND("firstRound", "", "de eerste ronde", ""),
  /** A round's number. */
  FIELD_ROUND_NUMBER("round.number", "", "het rondenummer", ""),
  /** A round's purpose. */
  FIELD_PURPOSE("purpose", "", "het doel", ""),
  /** A round's question. */
  FIELD_QUESTION("question", "", "de vraag", ""),
  /** The first of a pair. */
  FIELD_PAIR_FIRST("pair.first", "", "de eerste van het paar", ""),
  /** The second of a pair. */
  FIELD_PAIR_SECOND("pair.second", "", "de tweede van het paar", ""),
  /** A seating's round. */
  FIELD_SEATING_ROUND("seating.round", "", "de ronde van de tafelindeling", ""),
  /** An event's id. */
  FIELD_EVENT_ID("event.id", "", "het id van de bijeenkomst", ""),
  /** An event's series. */
  FIELD_SERIES("series", "", "de reeks", ""),
  /** An event's number in its series. */
  FIELD_NUMBER("number", "", "het volgnummer", ""),
  /** A title. */
  FIELD_TITLE("title", "", "de titel", ""),
  /** A location. */
  FIELD_LOCATION("location", "", "de plaats", ""),
  /** An event's host organisation. */
  FIELD_HOST_ORGANISATION("hostOrganisationId", "", "de gastorganisatie", ""),
  /** A programme item's title. */
  FIELD_PROGRAMME_ITEM_TITLE("programme item title", "", "de titel van het programmaonderdeel", ""),
  /** A programme item's speaker. */
  FIELD_PROGRAMME_ITEM_SPEAKER("programme item speaker", "", "de spreker van het programmaonderdeel", ""),
  /** A session plan's title. */
  FIELD_SESSION_PLAN_TITLE("session plan title", "", "de titel van het sessieplan", ""),
  /** A spelregel of a session plan. */
  FIELD_SPELREGEL("spelregel", "", "een spelregel", ""),
  /** A project's id. */
  FIELD_PROJECT_ID("project.id", "", "het id van het project", ""),
  /** A name. */
  FIELD_NAME("name", "", "de naam", ""),
  /** The nodes a project serves. */
  FIELD_SERVED_NODES("servedNodeIds", "", "de knopen die het project dient", ""),
  /** A target's unit. */
  FIELD_TARGET_UNIT("target.unit", "", "de eenheid van de streefwaarde", ""),
  /** A horizon's name. */
  FIELD_HORIZON_NAME("horizon.name", "", "de naam van de horizon", ""),
  /** The start of an event. */
  FIELD_START("start", "", "het begin", ""),
  /** The end of an event. */
  FIELD_END("end", "", "het einde", ""),
  /** A session plan's introduction. */
  FIELD_INTRODUCTION("introduction", "", "de duur van de inleiding", ""),
  /** A session plan's harvest duration. */
  FIELD_HARVEST_DURATION("harvestDuration", "", "de oogstduur", ""),
  /** A rotation request's participants. */
  FIELD_PARTICIPANTS("participants", "", "de deelnemerslijst", ""),
  /** A rotation request's tables. */
  FIELD_TABLES("tables", "", "de tafellijst", ""),
  /** A rotation request's time limit. */
  FIELD_TIME_LIMIT("timeLimit", "", "de rekentijd", ""),
  /** A rotation request's iteration limit. */
  FIELD_ITERATION_LIMIT("iterationLimit", "", "het aantal iteraties", ""),
  /** A rotation request's pairs to keep apart. */
  FIELD_KEEP_APART("keepApart", "", "de lijst uit elkaar", ""),
  /** A rotation request's pairs to keep together. */
  FIELD_KEEP_TOGETHER("keepTogether", "", "de lijst bij elkaar", ""),

  // ---- model rules (modelrules2): field labels of the community
  /** A community's name. */
  FIELD_COMMUNITY_NAME("community name", "", "de naam van de gemeenschap", ""),
  /** A community's opgaven. */
  FIELD_OPGAVEN("opgaven", "", "de lijst van opgaven", ""),
  /** An opgave's id. */
  FIELD_OPGAVE_ID("opgave.id", "", "het id van de opgave", ""),
  /** An opgave's title: argument the opgave. */
  FIELD_OPGAVE_TITLE("opgave %s title", "", "de titel van opgave %s", ""),
  /** An opgave's domain: argument the opgave. */
  FIELD_OPGAVE_DOMAIN("opgave %s domain", "", "het domein van opgave %s", ""),
  /** The member of a role of an opgave. */
  FIELD_ROLE_MEMBER("role assignment memberId", "", "het lid met een rol", ""),
  /** A member's id. */
  FIELD_MEMBER_ID("member.id", "", "het id van het lid", ""),
  /** A member's organisation: argument the member. */
  FIELD_MEMBER_ORGANISATION("member.organisationId of %s", "", "de organisatie van lid %s", ""),
  /** An organisation's id. */
  FIELD_ORGANISATION_ID("organisation.id", "", "het id van de organisatie", ""),
  /** An organisation's name: argument the organisation. */
  FIELD_ORGANISATION_NAME("organisation.name of %s", "", "de naam van organisatie %s", ""),
  /** The organisations of a member directory. */
  FIELD_DIRECTORY_ORGANISATIONS("directory.organisations", "", "de lijst van organisaties", ""),
  /** The members of a member directory. */
  FIELD_DIRECTORY_MEMBERS("directory.members", "", "de ledenlijst", ""),
  /** The events of a calendar. */
  FIELD_CALENDAR_EVENTS("calendar.events", "", "de kalender", ""),
  /** The messages of a chat. */
  FIELD_CHAT_MESSAGES("chat messages", "", "de lijst van chatberichten", ""),
  /** A chat message's id. */
  FIELD_CHAT_MESSAGE_ID("chat message id", "", "het id van het chatbericht", ""),
  /** A chat message's author: argument the message. */
  FIELD_CHAT_AUTHOR("chat message %s authorId", "", "de schrijver van chatbericht %s", ""),
  /** A chat message's text: argument the message. */
  FIELD_CHAT_TEXT("chat message %s text", "", "de tekst van chatbericht %s", ""),
  /** A poll's id. */
  FIELD_POLL_ID("poll.id", "", "het id van de peiling", ""),
  /** A poll's question. */
  FIELD_POLL_QUESTION("poll question", "", "de vraag van de peiling", ""),
  /** A poll's options: argument the poll. */
  FIELD_POLL_OPTIONS("poll %s options", "", "de keuzelijst van peiling %s", ""),
  /** The member of a vote. */
  FIELD_POLL_VOTER("poll vote memberId", "", "het lid dat stemt", ""),
  /** A poll option's id. */
  FIELD_POLL_OPTION_ID("poll option id", "", "het id van de keuze", ""),
  /** A poll option's label: argument the option. */
  FIELD_POLL_OPTION_LABEL("poll option label of %s", "", "de tekst van keuze %s", ""),
  /** A begrippenlijst entry's title. */
  FIELD_GLOSSARY_TITLE("begrippenlijst title", "", "de titel in de begrippenlijst", ""),
  /** A begrippenlijst entry's source: argument the entry. */
  FIELD_GLOSSARY_SOURCE("begrippenlijst source of %s", "", "de bron van %s in de begrippenlijst", ""),
  /** A begrippenlijst entry's label. */
  FIELD_GLOSSARY_LABEL("begrippenlijst label", "", "het label in de begrippenlijst", ""),

  // ---- model rules (modelrules2): field labels of café values
  /** A side's number. */
  FIELD_SIDE_NUMBER("side.number", "", "het nummer van de kant", ""),
  /** A field of a side: arguments the side and the field (#FIELD_...). */
  LABEL_SIDE("side %s: %s", "", "kant %s: %s", ""),
  /** A side's English name. */
  FIELD_ENGLISH_NAME("englishName", "", "de Engelse naam", ""),
  /** A vraagstuk's number. */
  FIELD_VRAAGSTUK_NUMBER("vraagstuk.number", "", "het nummer van het vraagstuk", ""),
  /** A field of a vraagstuk: arguments the vraagstuk and the field (#FIELD_...). */
  LABEL_VRAAGSTUK("vraagstuk %s: %s", "", "vraagstuk %s, %s", ""),
  /** A vraagstuk's description. */
  FIELD_DESCRIPTION("description", "", "de beschrijving", ""),
  /** A table's number. */
  FIELD_TABLE_NUMBER("table.number", "", "het tafelnummer", ""),
  /** A field of a table: arguments the table and the field (#FIELD_...). */
  LABEL_TABLE("table %s: %s", "", "tafel %s: %s", ""),
  /** A table's vraagstuk. */
  FIELD_VRAAGSTUK("vraagstuk", "", "het vraagstuk", ""),
  /** A table's host. */
  FIELD_HOST("host", "", "de tafelhost", ""),
  /** A table's capacity. */
  FIELD_CAPACITY("capacity", "", "het aantal plaatsen", ""),
  /** The participant of a pinned seat. */
  FIELD_PIN_PARTICIPANT("pinned seat participant", "", "de deelnemer van een vaste plaats", ""),
  /** A field of a pinned seat: arguments the participant and the field (#FIELD_...). */
  LABEL_PIN("pinned seat of %s: %s", "", "vaste plaats van %s: %s", ""),
  /** A round. */
  FIELD_ROUND("round", "", "de ronde", ""),
  /** A table. */
  FIELD_TABLE("table", "", "de tafel", ""),
  /** A harvest's side. */
  FIELD_HARVEST_SIDE("harvest.side", "", "de kant van de oogst", ""),
  /** A field of a harvest: arguments the side and the field (#FIELD_...). */
  LABEL_HARVEST("harvest of side %s: %s", "", "oogst van kant %s: %s", ""),
  /** A harvest's instruction. */
  FIELD_INSTRUCTION("instruction", "", "de opdracht", ""),
  /** The round of a stop of an itinerary. */
  FIELD_STOP_ROUND("stop.round", "", "de ronde van een halte in de route", ""),
  /** A repair request's first round. */
  FIELD_REPAIR_FROM_ROUND("repair request: fromRound", "", "herstelaanvraag: de eerste herstelde ronde", ""),
  /** A participant leaving in a repair request. */
  FIELD_REPAIR_LEAVING("repair request: leaving", "", "herstelaanvraag: een vertrekker", ""),

  // ---- model rules (modelrules2): field labels of doelenboom values
  /** A node's id. */
  FIELD_NODE_ID("node.id", "", "het id van de knoop", ""),
  /** A node's text: argument the node. */
  FIELD_NODE_TEXT("node %s: text", "", "knoop %s: de tekst", ""),
  /** The child of a link. */
  FIELD_LINK_CHILD("link.childId", "", "het kind van een verwijzing", ""),
  /** The parent of a link: argument the child. */
  FIELD_LINK_PARENT("link from %s: parentId", "", "verwijzing van %s: de ouder", ""),
  /** The start of a cross-link. */
  FIELD_CROSS_LINK_FROM("crossLink.fromId", "", "het begin van een kruisverwijzing", ""),
  /** The end of a cross-link: argument its start. */
  FIELD_CROSS_LINK_TO("crossLink from %s: toId", "", "kruisverwijzing van %s: het einde", ""),
  /** An owner's id. */
  FIELD_OWNER_ID("owner.id", "", "het id van de eigenaar", ""),
  /** A Groene Cirkel's id. */
  FIELD_GROENE_CIRKEL_ID("groeneCirkel.id", "", "het id van de Groene Cirkel", ""),
  /** A field of a Groene Cirkel: arguments the circle and the field (#FIELD_...). */
  LABEL_GROENE_CIRKEL("groene cirkel %s: %s", "", "Groene Cirkel %s: %s", ""),
  /** A droom. */
  FIELD_DROOM("droom", "", "de droom", ""),
  /** A Groene Cirkel's partners. */
  FIELD_PARTNERS("partners", "", "de lijst van partners", ""),
  /** A Groene Cirkel's projects. */
  FIELD_PROJECTS("projects", "", "de lijst van projecten", ""),
  /** A Groene Cirkel's horizons. */
  FIELD_HORIZONS("horizons", "", "de lijst van horizonnen", ""),
  /** The note of a step: argument the step's number. */
  FIELD_STEP_NOTE("step %s note", "", "de notitie bij stap %s", ""),
  /** A familie's name. */
  FIELD_FAMILIE_NAME("familie.name", "", "de naam van de familie", ""),
  /** A familie's circles: argument the familie. */
  FIELD_FAMILIE_CIRCLES("familie %s: circles", "", "familie %s: de lijst van cirkels", ""),
  /** The participant of a laddering chain. */
  FIELD_LADDERING_PARTICIPANT("laddering participant", "", "de deelnemer van de ladderketen", ""),
  /** A step of a laddering chain: arguments the participant and the step's number. */
  FIELD_LADDERING_STEP("laddering chain of %s: step %s", "", "ladderketen van %s: stap %s", ""),
  /** A question of a droombijeenkomst: argument its number. */
  FIELD_DROOMBIJEENKOMST_QUESTION("droombijeenkomst question %s", "", "vraag %s van de droombijeenkomst", ""),

  // ------------------------------------------------------------------ participant lists (CSV)
  /** A quoted field that never closes. */
  CSV_UNCLOSED_QUOTE("a quote opens a field here and is never closed", "a closing quote '\"'",
      "een aanhalingsteken opent hier een veld en wordt niet gesloten", "een sluitend aanhalingsteken '\"'"),
  /** CSV the parser cannot read: argument the parser's detail (English, shown in English only). */
  CSV_MALFORMED("malformed CSV: %s", "CSV as RFC 4180 describes it", "onleesbare CSV",
      "CSV zoals RFC 4180 die beschrijft"),
  /** No participant rows. */
  CSV_EMPTY("the file holds no participants", "a row per participant: name, organisation, host table, side",
      "het bestand bevat geen deelnemers", "een regel per deelnemer: naam, organisatie, tafelhost, kant"),
  /** A header cell that names no column: argument the cell. */
  CSV_UNKNOWN_COLUMN("unknown column %s", "one of 'naam' (or 'name'), 'organisatie', 'tafelhost', 'kant'",
      "onbekende kolom %s", "een van 'naam', 'organisatie', 'tafelhost', 'kant'"),
  /** A column named twice: argument the header cell. */
  CSV_COLUMN_TWICE("the column %s appears twice", "each column once", "de kolom %s staat er twee keer",
      "elke kolom één keer"),
  /** A header without name column. */
  CSV_NO_NAME_COLUMN("the header has no name column",
      "a header row with 'naam' (or 'name'), 'organisatie', 'tafelhost', 'kant'", "de kopregel heeft geen kolom naam",
      "een kopregel met 'naam', 'organisatie', 'tafelhost', 'kant'"),
  /** A value beyond the four positional columns: argument the value. */
  CSV_EXTRA_VALUE("value %s stands in a column without a known header",
      "at most 4 columns: name, organisation, host table, side", "waarde %s staat in een kolom zonder bekende kop",
      "hooguit 4 kolommen: naam, organisatie, tafelhost, kant"),
  /** A value beyond the header's columns: arguments the value and the number of columns. */
  CSV_EXTRA_VALUE_HEADER("value %s stands in a column without a known header",
      "at most %2$s columns, as the header names them", "waarde %s staat in een kolom zonder bekende kop",
      "hooguit %2$s kolommen, zoals de kopregel ze noemt"),
  /** A line break or control character in a value. */
  CSV_CONTROL("the value contains a line break or control character", "one line of text",
      "de waarde bevat een regeleinde of stuurteken", "één regel tekst"),
  /** An empty name. */
  CSV_NAME_EMPTY("the name is empty", "the participant's name", "de naam is leeg", "de naam van de deelnemer"),
  /** A row without name. */
  CSV_NO_NAME("the row has no name", "the participant's name", "de regel heeft geen naam",
      "de naam van de deelnemer"),
  /** A host table that is no number: argument the value. */
  CSV_NOT_A_TABLE("%s is not a table number", "a whole number from 1, or empty", "%s is geen tafelnummer",
      "een geheel getal vanaf 1, of leeg"),
  /** A name listed before: arguments the name and the line it first appears on. */
  CSV_DUPLICATE_NAME("the name %s appears again (first on line %s)", "each participant once",
      "de naam %s staat er nogmaals (eerst op regel %s)", "elke deelnemer één keer"),
  /** A table with a second host: arguments the table, the first host's name and line. */
  CSV_TWO_HOSTS("table %s already has a host, %s (line %s)", "one host per table",
      "tafel %s heeft al een tafelhost, %s (regel %s)", "één tafelhost per tafel"),
  /** A side that names no side: arguments the value and the sides known. */
  CSV_UNKNOWN_SIDE("the side %s is not a side of the session", "one of %2$s",
      "de kant %s is geen kant van de sessie", "een van %2$s"),
  /** A side named where the session has none: argument the value. */
  CSV_NO_SIDES("the row names side %s, but the session has no sides", "an empty side column",
      "de regel noemt kant %s, maar de sessie heeft geen kanten", "een lege kolom kant"),
  /** A host table beyond the session's tables: arguments the table and the number of tables. */
  CSV_NO_SUCH_TABLE("table %s does not exist; the session has %s tables", "a table number from 1 to %2$s",
      "tafel %s bestaat niet; de sessie heeft %s tafels", "een tafelnummer van 1 tot en met %2$s"),
  /** A roster cell that is no round or table number: argument the value. */
  CSV_NOT_A_NUMBER("%s is not a number", "a whole number from 1", "%s is geen getal", "een geheel getal vanaf 1"),
  /** A roster's host cell that is not the row's table: arguments the value and the table. */
  CSV_HOST_NOT_TABLE("the host column says %s on a row of table %s", "the row's table number, or empty",
      "de kolom tafelhost zegt %s op een regel van tafel %s", "het tafelnummer van de regel, of leeg"),
  /** A participant seated twice in one round: arguments the participant and the round. */
  CSV_SEATED_TWICE("%s sits at two tables in round %s", "one seat per round",
      "%s zit in ronde %s aan twee tafels", "één plaats per ronde"),

  // ------------------------------------------------------------------ doelenbomen (workshop's TreeValidator)
  /** No node is without a parent (or there are no nodes): argument the number of nodes. */
  ROOT_MISSING("the tree has no root (a node without parent) among its %s nodes", "",
      "de boom heeft geen wortel (knoop zonder ouder) onder zijn %s knopen", ""),
  /** A second node without a parent: arguments the node and the root. */
  ROOT_MULTIPLE("'%s' is a second root; the tree's root is '%s'", "",
      "'%s' is een tweede wortel; de wortel van de boom is '%s'", ""),
  /** The root is not a droom: arguments the root and its level. */
  ROOT_NOT_DROOM("the root '%s' is a %s; the root must be a droom", "",
      "de wortel '%s' is een %s; de wortel moet een droom zijn", ""),
  /** Parent links that lead back to where they started: argument the chain. */
  CYCLE("the parent links form a cycle: %s", "", "de ouderverwijzingen vormen een kring: %s", ""),
  /** A parent link to an id no node has: arguments child and parent. */
  DANGLING_PARENT("'%s' has parent '%s', which is not a node", "",
      "'%s' heeft ouder '%s', maar die knoop bestaat niet", ""),
  /** A parent link from an id no node has: arguments child and parent. */
  UNKNOWN_CHILD("a link makes '%1$s' a child of '%2$s', but '%1$s' is not a node", "",
      "een verwijzing maakt '%1$s' kind van '%2$s', maar knoop '%1$s' bestaat niet", ""),
  /** A node with a second parent: arguments the node, the parent kept and the second parent. */
  TWO_PARENTS("'%s' has two parents: '%s' and '%s'", "", "'%s' heeft twee ouders: '%s' en '%s'", ""),
  /** Two nodes with the same id: arguments the id and both node numbers. */
  DUPLICATE_ID("id '%s' is used by node %s and again by node %s", "",
      "id '%s' wordt gebruikt door knoop %s en opnieuw door knoop %s", ""),
  /** A child on a higher level than its parent: arguments level, node, parent's level, parent. */
  LEVEL_ORDER("%s '%s' sits below %s '%s'; no node may sit above its parent's level", "",
      "%s '%s' staat onder %s '%s'; geen knoop mag boven het niveau van zijn ouder staan", ""),
  /** A leaf that is a droom or a doel: arguments level and node. */
  LEAF_NOT_PROJECT("%s '%s' has no children; every leaf must be a project", "",
      "%s '%s' heeft geen kinderen; elk blad moet een project zijn", ""),
  /** A node deeper than the limit: arguments node, depth, limit. */
  TOO_DEEP("'%s' lies at depth %s, deeper than the limit of %s", "",
      "'%s' ligt op diepte %s, dieper dan de grens van %s", ""),
  /** A cross-link with an end that is not a node: arguments from, to, the missing id. */
  DANGLING_CROSS_LINK("the cross-link from '%s' to '%s' names '%s', which is not a node", "",
      "de kruisverwijzing van '%s' naar '%s' noemt '%s', maar die knoop bestaat niet", ""),
  /** A cross-link from a node to itself: argument the node. */
  CROSS_LINK_TO_SELF("'%s' has a cross-link to itself", "", "'%s' heeft een kruisverwijzing naar zichzelf", ""),
  /** The same parent link twice: arguments child and parent. */
  DUPLICATE_LINK("'%s' is linked to parent '%s' more than once", "", "'%s' is meer dan eens aan ouder '%s' gekoppeld",
      ""),
  /** An AND refinement with one child: argument the node. */
  AND_SINGLE_CHILD("AND node '%s' has one child; an AND refinement needs at least two", "",
      "EN-knoop '%s' heeft één kind; een EN-verfijning vraagt er minstens twee", ""),
  /** Two children of one parent with the same text: arguments the node and its sibling. */
  DUPLICATE_SIBLING("'%s' has the same text as its sibling '%s'", "", "'%s' heeft dezelfde tekst als zusterknoop '%s'",
      ""),
  /** A project without a measurable target: argument the node. */
  PROJECT_WITHOUT_TARGET("project '%s' has no measurable target", "", "project '%s' heeft geen meetbare streefwaarde",
      ""),

  // ------------------------------------------------------------------ outlines (opgave-io's DoelenboomOutline)
  /** A tab character on a line. */
  TAB("tab character; indent with two spaces per level and use no tabs", "",
      "tabteken; spring in met twee spaties per niveau en gebruik geen tabs", ""),
  /** An indent that is not a multiple of two: argument the spaces. */
  ODD_INDENT("indent of %s spaces is not a multiple of two", "", "inspringing van %s spaties is geen veelvoud van twee",
      ""),
  /** The first item is indented. */
  FIRST_INDENTED("the first item must not be indented", "", "het eerste item mag niet inspringen", ""),
  /** An indent that skips a level: arguments the level and the level above. */
  SKIPPED_LEVEL("indent skips a level: level %s follows level %s", "",
      "inspringing slaat een niveau over: niveau %s volgt op niveau %s", ""),
  /** An item at the fourth level. */
  FOURTH_LEVEL("a fourth level; an outline has three levels (droom, doel, project)", "",
      "een vierde niveau; een overzicht heeft drie niveaus (droom, doel, project)", ""),
  /** A line that does not start with "- ". */
  MISSING_BULLET("missing bullet: an item starts with '- '", "", "opsommingsteken ontbreekt: een item begint met '- '",
      ""),
  /** A dash not followed by a space. */
  MISSING_SPACE("missing space after the bullet '-'", "", "spatie na het opsommingsteken '-' ontbreekt", ""),
  /** A bullet without text. */
  EMPTY_ITEM("empty item: text must follow '- '", "", "leeg item: na '- ' moet tekst volgen", ""),
  /** An item longer than the limit: arguments length and limit. */
  TOO_LONG("item of %s characters; at most %s are allowed", "", "item van %s tekens; hooguit %s zijn toegestaan", ""),
  /** A control character in an item: argument the code point in hex. */
  CONTROL_CHARACTER("control character U+%s", "", "stuurteken U+%s", ""),
  /** An outline target whose quantity is zero: argument the target. */
  TARGET_NOT_POSITIVE("target %s: the quantity must be greater than zero (write \\[ for a bracket that is text)",
      "",
      "streefwaarde %s: het aantal moet groter dan nul zijn (schrijf \\[ voor een haak die tekst is)", ""),
  /** An outline target whose deadline is not a date: arguments the target and the deadline. */
  TARGET_DATE("target %s: %s is not a date (yyyy-mm-dd)", "", "streefwaarde %s: %s is geen datum (jjjj-mm-dd)", ""),
  /** An outline target whose unit is too long: argument the target. */
  TARGET_UNIT("target %s: the unit must be at most 200 characters", "",
      "streefwaarde %s: de eenheid mag hooguit 200 tekens hebben", ""),
  /** Outline bytes that are not UTF-8: argument the byte in hex. */
  OUTLINE_INVALID_UTF8("invalid UTF-8: byte 0x%s does not start a valid sequence", "",
      "ongeldige UTF-8: byte 0x%s begint geen geldige reeks", ""),

  // ---- workshop (workshoprules): the planner's refusals, the functions' preconditions, the starter
  /** More participants than the planner takes: arguments the participants and the maximum. */
  ROTATION_TOO_MANY_PARTICIPANTS("rotation request: %s participants is more than the planner's maximum of %s", "",
      "rotatieaanvraag: %s deelnemers is meer dan het maximum van %s", ""),
  /**
   * More seats than the time limit allows: arguments participants, rounds, seats, the seats the limit allows, the
   * limit in ms and the shortest limit in ms that would do.
   */
  ROTATION_TOO_MANY_SEATS("rotation request: %s participants in %s rounds are %s seats, more than the %s a time limit"
      + " of %s ms allows; give a time limit of at least %s ms, or fewer participants or rounds", "",
      "rotatieaanvraag: %s deelnemers in %s rondes zijn %s plaatsen, meer dan de %s die een tijdslimiet van %s ms"
      + " toelaat; geef een tijdslimiet van minstens %s ms, of minder deelnemers of rondes", ""),
  /** Who met whom cannot be counted in time: arguments participants, tables, rounds and the limit in millions. */
  ROTATION_UNCOUNTABLE("rotation request: %s participants at %s tables for %s rounds is too large to count who met"
      + " whom; the planner's maximum is %s million pair checks (more tables or fewer rounds)", "",
      "rotatieaanvraag: %s deelnemers aan %s tafels in %s rondes is te groot om te tellen wie wie heeft ontmoet; het"
      + " maximum is %s miljoen paarcontroles (meer tafels of minder rondes)", ""),
  /** Weights of the search that overflow: arguments the largest table and the most pairs of one person. */
  ROTATION_TOO_LARGE_TO_PLAN("rotation request is too large to plan: tables of up to %s people with up to %s pairs per"
      + " person", "", "rotatieaanvraag is te groot om te plannen: tafels tot %s mensen met tot %s paren per persoon",
      ""),
  /** A participant tied to two sides: arguments the participant and two reasons (#ROTATION_REASON_...). */
  ROTATION_SIDE_CONFLICT("participant %s %s but %s, on the other side; with independent sides people stay on their"
      + " side", "", "deelnemer %s %s maar %s, aan de andere kant; bij gescheiden kanten blijft iedereen aan de eigen"
      + " kant", ""),
  /** A reason a participant belongs to a side: argument the table hosted. */
  ROTATION_REASON_HOSTS("hosts table %s", "", "is tafelhost van tafel %s", ""),
  /** A reason a participant belongs to a side: argument the side. */
  ROTATION_REASON_SIDE("is on side %s", "", "staat aan kant %s", ""),
  /** A reason a participant belongs to a side: arguments the pinned table and the round. */
  ROTATION_REASON_PINNED("sits at table %s in round %s", "", "zit in ronde %2$s aan tafel %1$s", ""),
  /** More people fixed to a table than it seats: arguments the table, its seats, the people and the round. */
  ROTATION_TABLE_OVERFULL("table %s seats %s but %s people are fixed to it in round %s", "",
      "tafel %1$s heeft %2$s plaatsen, maar in ronde %4$s staan er %3$s mensen vast aan", ""),
  /** More people than seats: arguments the group (#ROTATION_CAFE, #ROTATION_SIDE...), people, round and seats. */
  ROTATION_TOO_FEW_SEATS("%s: %s people attend round %s but the tables seat only %s", "",
      "%1$s: in ronde %3$s zijn %2$s mensen aanwezig, maar de tafels hebben maar %4$s plaatsen", ""),
  /** Fewer people than tables: arguments the group (#ROTATION_CAFE, #ROTATION_SIDE...), people, round and tables. */
  ROTATION_EMPTY_TABLE("%s has %s people in round %s but %s tables; every table needs at least one person", "",
      "%1$s heeft in ronde %3$s %2$s mensen maar %4$s tafels; aan elke tafel zit minstens één persoon", ""),
  /** The whole café, where the planner names a group of tables. */
  ROTATION_CAFE("the café", "", "het café", ""),
  /** One side of the café, where the planner names a group of tables: argument the side's number. */
  ROTATION_SIDE("side %s", "", "kant %s", ""),
  /** One named side of the café: arguments the Dutch name, the English name and the number. */
  ROTATION_SIDE_NAMED("side %2$s (%3$s)", "", "kant %1$s (%3$s)", ""),
  /** Two people to keep apart fixed to one table: arguments both, the table and the round. */
  ROTATION_APART_FIXED("participants %s and %s are to be kept apart but both sit at table %s in round %s", "",
      "deelnemers %1$s en %2$s moeten gescheiden blijven, maar zitten in ronde %4$s allebei aan tafel %3$s", ""),
  /** More people to keep apart from each other than tables: arguments the people, the group and its tables. */
  ROTATION_APART_GROUP("keep-apart: %s must all sit apart, but %s has only %s tables", "",
      "gescheiden houden: %s moeten allemaal aan een andere tafel zitten, maar %s heeft maar %s tafels", ""),
  /** Large tables seated without search broke a keep-apart pair: argument the pair (#ROTATION_WOULD_SHARE). */
  ROTATION_APART_UNSEARCHED("no plan found that keeps every keep-apart pair apart: with tables this large the planner"
      + " seats people without searching; %s", "", "geen plan gevonden dat elk paar gescheiden houdt: bij zulke grote"
      + " tafels wordt iedereen ingedeeld zonder te zoeken; %s", ""),
  /** The search ended with a keep-apart pair together: arguments the iterations and the pair. */
  ROTATION_APART_BUDGET("no plan found that keeps every keep-apart pair apart within the budget (%s iterations); %s",
      "", "geen plan gevonden dat binnen het budget (%s iteraties) elk paar gescheiden houdt; %s", ""),
  /** Two people to keep apart at one table: arguments both, the table and the round. */
  ROTATION_WOULD_SHARE("%s and %s would share table %s in round %s", "",
      "%1$s en %2$s zouden in ronde %4$s samen aan tafel %3$s zitten", ""),
  /** A repair after the last round: arguments the round and the last round. */
  REPAIR_FROM_ROUND("repair request: fromRound %s lies after the last round %s", "",
      "herstelaanvraag: de eerste herstelde ronde %s ligt na de laatste ronde %s", ""),
  /** A leaver who is not in the plan: argument the id. */
  REPAIR_LEAVING_UNKNOWN("repair request: leaving names %s, who is not in the plan", "",
      "herstelaanvraag: de vertrekkers noemen %s, maar die staat niet in het plan", ""),
  /** A newcomer who is in the plan: argument the id. */
  REPAIR_ARRIVING_KNOWN("repair request: arriving participant %s is already in the plan", "",
      "herstelaanvraag: nieuwkomer %s staat al in het plan", ""),
  /** A list with a null element: argument the list (#FIELD_...). */
  CONTAINS_NULL("%s must not contain null", "", "%s mag geen lege waarde (null) bevatten", ""),
  /** An empty list: argument the list (#FIELD_...). */
  LIST_EMPTY("%s must not be empty", "", "%s mag niet leeg zijn", ""),
  /** A count below one: arguments the field (#FIELD_...) and the value. */
  AT_LEAST_ONE("%s must be at least 1, but was %s", "", "%s moet minstens 1 zijn, maar was %s", ""),
  /** A feasibility threshold of the plane outside 0..100: argument the value. */
  PLANE_THRESHOLD("feasibilityThreshold must lie between 0 and 100, but was %s", "",
      "de haalbaarheidsdrempel moet tussen 0 en 100 liggen, maar was %s", ""),
  /** A yield too large to add up over the horizons: arguments the project, its yield and the periods. */
  YIELD_OVERFLOW("project %s: expectedYield %s times %s periods overflows", "",
      "project %s: de verwachte opbrengst %s maal %s perioden is te groot om mee te rekenen", ""),
  /** A sum too large: argument what (#WORD_BUDGET_SUM or #WORD_TOTAL_YIELD). */
  SUM_OVERFLOW("%s overflows a long", "", "%s is te groot om mee te rekenen", ""),
  /** The sum of the horizons' budgets. */
  WORD_BUDGET_SUM("the sum of the budgets", "", "de som van de budgetten", ""),
  /** The total yield of a roadmap. */
  WORD_TOTAL_YIELD("the total yield", "", "de totale opbrengst", ""),
  /** An id of no node: argument the id. */
  NODE_UNKNOWN("nodeId %s names no node of the tree", "", "het id %s noemt geen knoop van de boom", ""),
  /** A null row: argument the row number. */
  ROW_NULL("row %s: must not be null", "", "regel %s: mag niet leeg (null) zijn", ""),
  /** A problem of a row: arguments the row number and the problem (#CODE with its arguments). */
  ROW_PROBLEM("row %s: %s", "", "regel %s: %s", ""),
  /** A rotation request, as an argument. */
  FIELD_REQUEST("request", "", "de rotatieaanvraag", ""),
  /** A rotation plan, as an argument. */
  FIELD_PLAN("plan", "", "het rotatieplan", ""),
  /** A repair request, as an argument. */
  FIELD_CHANGE("change", "", "de herstelaanvraag", ""),
  /** A doelenboom, as an argument. */
  FIELD_TREE("tree", "", "de doelenboom", ""),
  /** The deepest level allowed. */
  FIELD_MAX_DEPTH("maxDepth", "", "de grootste diepte", ""),
  /** The projects chosen, as an argument. */
  FIELD_SELECTED_PROJECTS("selected projects", "", "de lijst van gekozen projecten", ""),
  /** A roadmap, as an argument. */
  FIELD_ROADMAP("roadmap", "", "de routekaart", ""),
  /** The cost threshold of the plane. */
  FIELD_COST_THRESHOLD("costThreshold", "", "de kostendrempel", ""),
  /** A droombijeenkomst, as an argument. */
  FIELD_DROOMBIJEENKOMST("droombijeenkomst", "", "de droombijeenkomst", ""),
  /** Laddering chains, as an argument. */
  FIELD_CHAINS("chains", "", "de lijst van ladderketens", ""),
  /** Flat rows, as an argument. */
  FIELD_ROWS("rows", "", "de lijst van regels", ""),
  /** An HTTP request without a readable body. */
  REQUEST_BODY_MISSING("the request body is missing or unreadable", "",
      "de inhoud van het verzoek ontbreekt of is onleesbaar", ""),

  // ---- portal requests (portallang)
  /** A request body that is not UTF-8: arguments the byte's position (from 0) and the byte in hex. */
  PORTAL_BODY_NOT_UTF8("request body must be UTF-8, but byte %s (from 0) is 0x%s, which does not start a valid"
      + " UTF-8 sequence", "", "de inhoud van het verzoek moet in UTF-8 zijn, maar byte %s (vanaf 0) is 0x%s,"
      + " waarmee geen geldige UTF-8-reeks begint", ""),
  /** A request body that is not JSON: arguments the line and the column. */
  PORTAL_BODY_NOT_JSON("request body must be a JSON object, but is not valid JSON at line %s, column %s", "",
      "de inhoud van het verzoek moet een JSON-object zijn, maar is geen geldige JSON op regel %s, kolom %s", ""),
  /** A request body that is JSON but no object: argument the character it starts with. */
  PORTAL_BODY_NOT_OBJECT("request body must be a JSON object, but starts with %s", "",
      "de inhoud van het verzoek moet een JSON-object zijn, maar begint met %s", ""),
  /** A query parameter that is no date-time: arguments the parameter and the value. */
  PORTAL_NOT_A_DATE_TIME("%s must be an ISO-8601 date-time with offset, but was %s", "",
      "%s moet een ISO-8601-datum en -tijd met verschil zijn, maar was %s", ""),
  /** A list of people that is no list or too long: arguments the field and the limit. */
  PORTAL_PEOPLE_LIST("%s must be an array of at most %s people", "", "%s moet een lijst van hooguit %s personen zijn",
      ""),
  /** Too many people: arguments the field, the limit and the count. */
  PORTAL_PEOPLE_TOO_MANY("%s must be at most %s, but were %s", "", "%s mag hooguit %s personen tellen, maar telt er %s",
      ""),
  /** A count out of range: arguments the field, the limit and the value. */
  PORTAL_COUNT_RANGE("%s must be 1 to %s, but was %s", "", "%s moet 1 tot en met %s zijn, maar was %s", ""),
  /** A query value that is no whole number: arguments the parameter and the value. */
  PORTAL_NOT_A_WHOLE_NUMBER("%s must be a whole number, but was %s", "", "%s moet een geheel getal zijn, maar was %s",
      ""),
  /** A JSON value that is no string: argument the field. */
  PORTAL_NOT_A_STRING("%s must be a string", "", "%s moet een tekst zijn", ""),
  /** Fewer people than tables when every table needs a host: arguments the people and the tables. */
  PORTAL_TOO_FEW_HOSTS("hosts: every table needs a host, but there are %s participants for %s tables", "",
      "elke tafel heeft een tafelhost nodig, maar er zijn %s deelnemers voor %s tafels", ""),
  /** A member id in use: argument the id. */
  PORTAL_MEMBER_ID_TAKEN("member id %s is taken", "", "het id %s is al van een ander lid", ""),
  /** An id of no member: argument the id. */
  PORTAL_NOT_A_MEMBER("member %s is not a member of the community", "", "%s is geen lid van de gemeenschap", ""),
  /** A role that no opgave role is: argument the value. */
  PORTAL_ROLE_UNKNOWN("role must be one of the opgave roles, but was %s", "",
      "de rol moet een van de opgaverollen zijn, maar was %s", ""),
  /** A request body over the limit: argument the limit in bytes. */
  PORTAL_BODY_TOO_LARGE("request body must be at most %s bytes", "",
      "de inhoud van het verzoek mag hooguit %s bytes groot zijn", ""),
  /** A method a path does not serve: arguments the method and the methods it serves, separated by '/'. */
  PORTAL_METHOD_NOT_ALLOWED("method %s is not allowed here; use %s", "",
      "de methode %s kan hier niet; gebruik %s", ""),
  /** A PDF request with a bad seed or path. */
  PORTAL_PDF_USAGE("use GET /api/rotation.pdf with an optional seed of 1 to 9 digits and lang=en", "",
      "gebruik GET /api/rotation.pdf met eventueel een seed van 1 tot 9 cijfers en lang=en", ""),
  /** A failure of the server itself: argument the kind of failure. */
  PORTAL_INTERNAL_ERROR("internal error: %s", "", "interne fout: %s", ""),
  /** A saved plan that is not there: argument the id asked for. */
  PORTAL_PLAN_UNKNOWN("no saved plan has the id %s", "", "er is geen bewaard plan met het id %s", ""),

  // Branch pdf: the size of a printed café.
  /**
   * A café too large to print in time: arguments the participants, the rounds, participants × (rounds + 1) and the
   * maximum of that product.
   */
  PRINT_TOO_LARGE("print: %s participants in %s rounds make %s route cards and table places, more than the print's"
      + " maximum of %s (participants × (rounds + 1)); print fewer people or rounds, or write csv or json", "",
      "afdruk: %s deelnemers in %s rondes geven %s routekaartjes en tafelplaatsen, meer dan het maximum van %s"
      + " (deelnemers × (rondes + 1)); druk minder mensen of rondes af, of schrijf csv of json", "");

  private final String english;
  private final String englishExpected;
  private final String dutch;
  private final String dutchExpected;

  ProblemCode(String english, String englishExpected, String dutch, String dutchExpected) {
    this.english = english;
    this.englishExpected = englishExpected;
    this.dutch = dutch;
    this.dutchExpected = dutchExpected;
  }

  /**
   * Returns what is wrong, in Dutch for a Dutch locale ("nl"), else (also for null) in English.
   *
   * @throws NullPointerException if arguments is null
   */
  public String message(List<String> arguments, Locale locale) {
    return render(isDutch(locale) ? dutch : english, arguments, locale);
  }

  /**
   * Returns what was expected, empty when the message says it all; Dutch for a Dutch locale, else English.
   *
   * @throws NullPointerException if arguments is null
   */
  public String expected(List<String> arguments, Locale locale) {
    return render(isDutch(locale) ? dutchExpected : englishExpected, arguments, locale);
  }

  /** Returns whether the locale asks for Dutch: its language is "nl". */
  public static boolean isDutch(Locale locale) {
    return locale != null && "nl".equals(locale.getLanguage());
  }

  private static String render(String template, List<String> arguments, Locale locale) {
    if (template.isEmpty()) {
      return "";
    }
    Object[] args = new Object[arguments.size()];
    for (int i = 0; i < args.length; i++) {
      String arg = arguments.get(i);
      args[i] = arg != null && arg.length() > 1 && arg.charAt(0) == '#' ? term(arg.substring(1), locale) : arg;
    }
    return String.format(Locale.ROOT, template, args);
  }

  private static String term(String name, Locale locale) {
    List<String> parts = split(name);
    try {
      return valueOf(parts.get(0)).message(parts.subList(1, parts.size()), locale);
    } catch (IllegalArgumentException e) {
      return "#" + name;
    }
  }

  /** Splits a term at its U+001F separators outside U+0002...U+0003, which enclose a term that is an argument. */
  private static List<String> split(String term) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= term.length(); i++) {
      char c = i == term.length() ? '\u001F' : term.charAt(i);
      if (c == '\u0002') {
        depth++;
      } else if (c == '\u0003') {
        depth = Math.max(0, depth - 1);
      } else if (c == '\u001F' && depth == 0) {
        String part = term.substring(start, i);
        boolean enclosed = part.length() >= 2 && part.charAt(0) == '\u0002'
            && part.charAt(part.length() - 1) == '\u0003';
        parts.add(enclosed ? part.substring(1, part.length() - 1) : part);
        start = i + 1;
      }
    }
    return parts;
  }
}
