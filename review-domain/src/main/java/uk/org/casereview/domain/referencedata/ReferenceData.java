package uk.org.casereview.domain.referencedata;


import uk.org.casereview.domain.commandhandling.Check;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partnership's agencies and learning themes: codes with the labels people read. Configuration with
 * defaults; a command naming a code not listed here is refused with the list of valid codes.
 */
public record ReferenceData(Map<String, String> agencies, Map<String, String> themes) {

    public ReferenceData {
        agencies = Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
        themes = Collections.unmodifiableMap(new LinkedHashMap<>(themes));
    }

    public static ReferenceData defaults() {
        Map<String, String> agencies = new LinkedHashMap<>();
        agencies.put("CHILDRENS_SOCIAL_CARE", "Children's social care");
        agencies.put("POLICE", "Police");
        agencies.put("INTEGRATED_CARE_BOARD", "Integrated care board");
        agencies.put("ACUTE_HOSPITAL", "Acute hospital trust");
        agencies.put("COMMUNITY_HEALTH", "Community health services");
        agencies.put("MENTAL_HEALTH", "Mental health trust");
        agencies.put("PRIMARY_CARE", "Primary care (GPs)");
        agencies.put("EDUCATION", "Education");
        agencies.put("EARLY_YEARS", "Early years");
        agencies.put("PROBATION", "Probation service");
        agencies.put("YOUTH_JUSTICE", "Youth justice service");
        agencies.put("HOUSING", "Housing");
        agencies.put("DISTRICT_COUNCIL", "District council");
        agencies.put("VOLUNTARY_SECTOR", "Voluntary and community sector");
        agencies.put("PARTNERSHIP", "Safeguarding children partnership");

        Map<String, String> themes = new LinkedHashMap<>();
        themes.put("NEGLECT", "Neglect");
        themes.put("CHILD_EXPLOITATION", "Child exploitation and harm outside the home");
        themes.put("SAFETY_IN_EDUCATION", "Safety in education");
        themes.put("MENTAL_HEALTH", "Mental health");
        themes.put("DOMESTIC_ABUSE", "Domestic abuse");
        themes.put("WHOLE_FAMILY", "Whole-family working");
        themes.put("FATHERS_AND_MALE_CARERS", "Fathers and male carers");
        themes.put("BABIES_AND_INFANTS", "Babies and infants");
        themes.put("ADOLESCENTS", "Adolescents");
        themes.put("ELECTIVE_HOME_EDUCATION", "Electively home educated children");
        themes.put("INFORMATION_SHARING", "Information sharing");
        themes.put("PROFESSIONAL_CURIOSITY", "Professional curiosity");
        themes.put("CHILD_SEXUAL_ABUSE", "Child sexual abuse");
        themes.put("ONLINE_HARM", "Online harm");
        themes.put("VOICE_OF_THE_CHILD", "Voice of the child");
        themes.put("EARLY_HELP", "Early help");
        themes.put("TRAUMA_INFORMED_PRACTICE", "Trauma-informed practice");
        themes.put("PLACEMENT_SUFFICIENCY", "Placement sufficiency");
        themes.put("DISABILITY", "Disability");
        themes.put("RACE_CULTURE_AND_INEQUALITY", "Race, culture and inequality");
        return new ReferenceData(agencies, themes);
    }

    public String requireAgency(String field, String code) {
        Check.text(field, code, Check.SHORT_TEXT);
        requireKnown(field, List.of(code), agencies);
        return code;
    }

    public List<String> requireAgencies(String field, List<String> codes, int min) {
        List<String> checked = Check.list(field, codes, min, agencies.size());
        requireKnown(field, checked, agencies);
        return checked;
    }

    public List<String> requireThemes(String field, List<String> codes, int min) {
        List<String> checked = Check.list(field, codes, min, themes.size());
        requireKnown(field, checked, themes);
        return checked;
    }

    private static void requireKnown(String field, Collection<String> codes, Map<String, String> known) {
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            if (!known.containsKey(code)) {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownCodeException(field, unknown, known.keySet());
        }
    }
}
