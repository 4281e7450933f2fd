package uk.org.casereview.api.strictinput;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every query parameter and path variable of every controller is read with the rules of request bodies, before the
 * handler runs (registered once, in {@code WebConfiguration}): a date is {@link IsoDate yyyy-MM-dd}; a number is
 * decimal digits with an optional minus sign (no {@code 0x10}, no {@code +1}, no leading zero, no spaces); an
 * enumeration value is its exact name (not trimmed, not in another case). Spring's own conversion is lenient (it falls
 * back on property editors that decode hexadecimal and trim enumeration names), so the text is checked here first; a
 * value that fails is a 400 naming the parameter. Encoding, repeated and empty parameters: {@link StrictRequestFilter}.
 */
public class StrictParameters implements HandlerInterceptor {

    /** Decimal digits, an optional minus sign, no leading zero, no plus sign, no spaces. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("0|-?[1-9][0-9]{0,18}");

    private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> pathVariables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            String name;
            String text;
            if (query != null) {
                name = name(parameter, query.name());
                text = request.getParameter(name);
            } else if (path != null) {
                name = name(parameter, path.name());
                text = pathVariables == null ? null : pathVariables.get(name);
            } else {
                continue;
            }
            if (text != null) {
                check(parameter, name, text);
            }
        }
        return true;
    }

    private String name(MethodParameter parameter, String declared) {
        if (StringUtils.hasText(declared)) {
            return declared;
        }
        parameter.initParameterNameDiscovery(names);
        return parameter.getParameterName();
    }

    private static void check(MethodParameter parameter, String name, String text) {
        Class<?> type = parameter.getParameterType();
        try {
            if (type == LocalDate.class) {
                IsoDate.parse(text);
            } else if (type == int.class || type == Integer.class) {
                wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
            } else if (type == long.class || type == Long.class) {
                wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE);
            } else if (type.isEnum()) {
                exactName(type, text);
            }
        } catch (IllegalArgumentException e) {
            throw new MethodArgumentTypeMismatchException(text, type, name, parameter, e);
        }
    }

    static long wholeNumber(String text, long min, long max) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("a whole number is written in decimal digits");
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("too large a number");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("too large a number");
        }
        return value;
    }

    private static void exactName(Class<?> type, String text) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return;
            }
        }
        throw new IllegalArgumentException("not one of the values");
    }
}
