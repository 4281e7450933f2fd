package uk.org.casereview.api.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.org.casereview.api.strictinput.IsoDate;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Request bodies are read strictly: a date is a string written yyyy-MM-dd (not a date-time, a number of days or an
 * array), text is a string (not a number or a boolean), true and false are booleans (not 1, 0 or "true"), an
 * enumeration value is its name exactly (not its position, not padded). Anything else is a 400 naming the field.
 */
@Configuration
public class StrictJson {

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .modulesToInstall(modules -> modules.add(strictModule()))
                .postConfigurer(mapper -> {
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Boolean)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Integer)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                });
    }

    private static SimpleModule strictModule() {
        SimpleModule module = new SimpleModule("strict-request-bodies");
        module.addDeserializer(LocalDate.class, new StrictDate());
        module.addDeserializer(String.class, new TextWithoutNul());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new ExactEnum(type.getRawClass());
            }
        });
        return module;
    }

    /** yyyy-MM-dd, a real date, nothing else. */
    static final class StrictDate extends StdDeserializer<LocalDate> {
        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                return IsoDate.parse(text);
            } catch (IllegalArgumentException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, e.getMessage());
            }
        }
    }

    /**
     * Text never holds the NUL character: no field has a use for it and PostgreSQL cannot store it, so it is refused here,
     * before an id holding it reaches a lookup. (The domain refuses the other control characters, field by field.) And
     * text is valid Unicode: a surrogate that is not half of a pair ({@code "a\\ud800b"}, which JSON's escapes allow)
     * stands for no character and is refused too.
     */
    static final class TextWithoutNul extends StdDeserializer<String> {
        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, "text may not contain the NUL character");
            }
            if (text != null && hasUnpairedSurrogate(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, UNPAIRED_SURROGATE);
            }
            return text;
        }
    }

    public static final String UNPAIRED_SURROGATE = "text must be valid Unicode: it holds half of a surrogate pair";

    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** An enumeration value by its exact name. */
    static final class ExactEnum extends StdDeserializer<Object> {
        private final Class<?> type;

        ExactEnum(Class<?> type) {
            super(type);
            this.type = type;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(type, parser);
            }
            String text = parser.getText();
            for (Object constant : type.getEnumConstants()) {
                if (((Enum) constant).name().equals(text)) {
                    return constant;
                }
            }
            return context.handleWeirdStringValue(type, text, "not one of the values");
        }
    }
}
