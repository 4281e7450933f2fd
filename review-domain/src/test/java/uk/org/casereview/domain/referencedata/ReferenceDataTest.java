package uk.org.casereview.domain.referencedata;

import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.defaults();

    @Test
    void theDefaultsAreTheSpecsCodesInOrder() {
        assertThat(data.agencies()).hasSize(15).containsEntry("POLICE", "Police");
        assertThat(data.agencies().keySet()).first().isEqualTo("CHILDRENS_SOCIAL_CARE");
        assertThat(data.themes()).hasSize(20).containsEntry("NEGLECT", "Neglect");
        assertThat(data.themes().keySet()).last().isEqualTo("RACE_CULTURE_AND_INEQUALITY");
    }

    @Test
    void theCodesCannotBeChangedFromOutside() {
        Map<String, String> agencies = new LinkedHashMap<>(Map.of("POLICE", "Police"));
        var configured = new ReferenceData(agencies, Map.of());
        agencies.put("MI5", "Security service");
        assertThat(configured.agencies()).containsOnlyKeys("POLICE");
        assertThatThrownBy(() -> configured.agencies().put("X", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> configured.themes().put("X", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anUnknownCodeIsNamedWithTheValidOnes() {
        assertThat(data.requireAgency("agency", "POLICE")).isEqualTo("POLICE");
        var unknown = catchThrowableOfType(UnknownCodeException.class, () -> data.requireAgency("agency", "MI5"));
        assertThat(unknown.field()).isEqualTo("agency");
        assertThat(unknown.unknown()).containsExactly("MI5");
        assertThat(unknown.valid()).containsExactlyElementsOf(data.agencies().keySet());
        assertThat(unknown).hasMessageStartingWith("unknown agency MI5; valid codes are CHILDRENS_SOCIAL_CARE, POLICE, ");
        assertThatThrownBy(() -> data.requireAgency("agency", " ")).isInstanceOf(InvalidCommandException.class).hasMessage("agency is required");
    }

    @Test
    void listsOfCodesHaveAMinimumAndOnlyKnownCodes() {
        assertThat(data.requireAgencies("agencies", List.of("POLICE", "HOUSING"), 1)).containsExactly("POLICE", "HOUSING");
        assertThatThrownBy(() -> data.requireAgencies("agencies", List.of(), 1)).hasMessage("agencies needs at least one entry");
        var unknown = catchThrowableOfType(UnknownCodeException.class, () -> data.requireThemes("themes", List.of("NEGLECT", "GOSSIP", "FOO"), 0));
        assertThat(unknown.unknown()).containsExactly("GOSSIP", "FOO");
        assertThat(data.requireThemes("themes", null, 0)).isEmpty();
        assertThatThrownBy(() -> data.requireThemes("themes", List.of(), 1)).hasMessage("themes needs at least one entry");
    }
}
