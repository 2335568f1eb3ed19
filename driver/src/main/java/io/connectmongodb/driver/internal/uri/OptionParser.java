package io.connectmongodb.driver.internal.uri;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the raw {@code key=value} pairs of a connection string into typed {@link OptionValues}.
 *
 * <p>For each pair, in order: decode key and value; find the option case-insensitively (an
 * unknown key is a warning); parse the value by the option's {@link UriOption.Kind} (an invalid
 * or empty value is a warning and the pair is ignored); a repeated key that is not a list is a
 * warning and the last value wins. The deprecated key {@code wtimeout} is applied only when
 * {@code wTimeoutMS} is absent. Cross-option errors are checked later by {@link OptionRules}.
 */
public final class OptionParser {
    private static final String DEPRECATED_WTIMEOUT = "wtimeout";

    private final ParseWarnings warnings;

    public OptionParser(ParseWarnings warnings) {
        this.warnings = warnings;
    }

    public OptionValues parse(List<UriParts.RawOption> rawOptions) {
        OptionValues values = new OptionValues();
        List<String> deprecatedWTimeouts = new ArrayList<>();
        for (UriParts.RawOption raw : rawOptions) {
            String key = PercentDecoder.decode(raw.key(), "a connection string option key");
            UriOption option = UriOption.byName(key);
            if (option == null) {
                if (UriOption.lower(key).equals(DEPRECATED_WTIMEOUT)) {
                    deprecatedWTimeouts.add(PercentDecoder.decode(raw.value(), "the value of option wtimeout"));
                } else {
                    warnings.add("Unsupported option '" + key + "' ignored");
                }
                continue;
            }
            String value = PercentDecoder.decode(raw.value(), "the value of option " + option.canonicalName());
            values.countOccurrence(option);
            Object parsed = parseValue(option, value);
            if (parsed == null) {
                continue;
            }
            if (values.has(option) && option.kind() != UriOption.Kind.TAG_SET) {
                warnings.add("Option '" + option.canonicalName() + "' is given more than once; the last value is used");
            }
            if (option.kind() == UriOption.Kind.TAG_SET) {
                List<Map<String, String>> tagSets = values.has(option) ? new ArrayList<>(values.tagSets(option)) : new ArrayList<>();
                @SuppressWarnings("unchecked")
                Map<String, String> tagSet = (Map<String, String>) parsed;
                tagSets.add(tagSet);
                parsed = tagSets;
            }
            values.put(option, parsed, value);
        }
        applyDeprecatedWTimeout(values, deprecatedWTimeouts);
        return values;
    }

    private void applyDeprecatedWTimeout(OptionValues values, List<String> deprecatedWTimeouts) {
        if (deprecatedWTimeouts.isEmpty()) {
            return;
        }
        if (values.occurrences(UriOption.W_TIMEOUT_MS) > 0) {
            warnings.add("Deprecated key 'wtimeout' present and ignored as found replacement 'wTimeoutMS' value");
            return;
        }
        warnings.add("Deprecated key 'wtimeout' has been replaced with 'wTimeoutMS'");
        String last = deprecatedWTimeouts.get(deprecatedWTimeouts.size() - 1);
        values.countOccurrence(UriOption.W_TIMEOUT_MS);
        Object parsed = parseValue(UriOption.W_TIMEOUT_MS, last);
        if (parsed != null) {
            values.put(UriOption.W_TIMEOUT_MS, parsed, last);
        }
    }

    /** The typed value, or null (after a warning) when the value is not acceptable. */
    Object parseValue(UriOption option, String value) {
        switch (option.kind()) {
            case STRING:
            case SECRET:
                return value;
            case BOOLEAN:
                return parseBoolean(option, value);
            case INTEGER:
                return parseInteger(option, value);
            case LONG:
                return parseNonNegativeLong(option, value);
            case CHOICE:
                return parseChoice(option, value);
            case LIST:
                return parseList(option, value);
            case KEY_VALUES:
                return parseKeyValues(option, value, false);
            case TAG_SET:
                return parseKeyValues(option, value, true);
            case WRITE_CONCERN_W:
                return parseW(value);
            default:
                throw new IllegalStateException("unhandled option kind " + option.kind());
        }
    }

    private Boolean parseBoolean(UriOption option, String value) {
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        invalid(option, value, "expected true or false");
        return null;
    }

    private Integer parseInteger(UriOption option, String value) {
        Long parsed = parseLong(value);
        if (parsed == null || parsed < option.min() || parsed > option.max()) {
            String range = option.max() == Integer.MAX_VALUE ? "an integer >= " + option.min()
                    : "an integer from " + option.min() + " to " + option.max();
            invalid(option, value, "expected " + range);
            return null;
        }
        return parsed.intValue();
    }

    private Long parseNonNegativeLong(UriOption option, String value) {
        Long parsed = parseLong(value);
        if (parsed == null || parsed < 0) {
            invalid(option, value, "expected a non-negative integer");
            return null;
        }
        return parsed;
    }

    private String parseChoice(UriOption option, String value) {
        String choice = option.canonicalChoice(value);
        if (choice == null) {
            invalid(option, value, "expected one of " + option.choices());
        }
        return choice;
    }

    private List<String> parseList(UriOption option, String value) {
        List<String> accepted = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            String choice = option.canonicalChoice(item.trim());
            if (choice == null) {
                invalid(option, item, "expected values among " + option.choices());
            } else if (!accepted.contains(choice)) {
                accepted.add(choice);
            }
        }
        return List.copyOf(accepted);
    }

    /**
     * Parses {@code k1:v1,k2:v2}; each key ends at its first colon, so values may hold colons. A
     * pair without a colon is a warning: a tag set is then ignored as a whole (a partial tag set
     * would select different servers), while other options keep their well-formed pairs.
     */
    private Map<String, String> parseKeyValues(UriOption option, String value, boolean allOrNothing) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (value.isEmpty()) {
            return pairs;
        }
        for (String pair : value.split(",", -1)) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                warnings.add("Option '" + option.canonicalName() + "' has an item that is not a key:value pair"
                        + (allOrNothing ? "; the option is ignored" : "; the item is ignored")
                        + " (values must not contain ',')");
                if (allOrNothing) {
                    return null;
                }
                continue;
            }
            pairs.put(pair.substring(0, colon), pair.substring(colon + 1));
        }
        return pairs;
    }

    private Object parseW(String value) {
        if (value.isEmpty()) {
            invalid(UriOption.W, value, "expected a non-negative integer or a tag set name such as majority");
            return null;
        }
        Long number = parseLong(value);
        if (number == null) {
            return value;
        }
        if (number < 0 || number > Integer.MAX_VALUE) {
            invalid(UriOption.W, value, "expected a non-negative integer or a tag set name such as majority");
            return null;
        }
        return number.intValue();
    }

    private static Long parseLong(String value) {
        if (value.isEmpty() || value.length() > 19) {
            return null;
        }
        int start = value.charAt(0) == '-' ? 1 : 0;
        if (start == value.length()) {
            return null;
        }
        for (int i = start; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void invalid(UriOption option, String value, String expectation) {
        String shown = option.isSecret() ? "" : " '" + value + "'";
        warnings.add("Unsupported value" + shown + " for option '" + option.canonicalName() + "' ignored; " + expectation);
    }
}
