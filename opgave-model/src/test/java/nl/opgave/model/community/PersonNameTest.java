package nl.opgave.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.opgave.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class PersonNameTest {
  @Test
  void displayName_putsTussenvoegselInLowerCaseAfterFirstName() {
    PersonName name = PersonName.of("Jos", "van der", "Ploeg");
    assertThat(name.displayName()).isEqualTo("Jos van der Ploeg");
    assertThat(name.sortKey()).isEqualTo("Ploeg, Jos van der");
    assertThat(name.indexLetter()).isEqualTo('P');
  }

  @Test
  void displayName_capitalisesLeadingTussenvoegsel() {
    PersonName name = PersonName.builder().tussenvoegsel("van der").achternaam("Ploeg").build();
    assertThat(name.displayName()).isEqualTo("Van der Ploeg");
  }

  @Test
  void builder_rejectsBlankAchternaamNamingFieldAndValue() {
    assertThatThrownBy(() -> PersonName.of("Jos", "", " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("achternaam")
        .hasMessageContaining("' '");
  }

  @Test
  void builder_rejectsNullWithFieldName() {
    assertThatThrownBy(() -> Member.builder().id(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Member.builder().id("x").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name");
  }
}
