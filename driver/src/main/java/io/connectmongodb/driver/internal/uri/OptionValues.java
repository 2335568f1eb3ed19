package io.connectmongodb.driver.internal.uri;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accepted options of a connection string: each option's typed value, the decoded text it
 * came from, and how many times its key appeared (valid or not), which the cross-option rules need.
 * Values are {@code String}, {@code Integer}, {@code Long}, {@code Boolean}, {@code List<String>},
 * {@code Map<String,String>} or, for tag sets, {@code List<Map<String,String>>}.
 */
public final class OptionValues {
    private final Map<UriOption, Object> values = new EnumMap<>(UriOption.class);
    private final Map<UriOption, List<String>> texts = new EnumMap<>(UriOption.class);
    private final Map<UriOption, Integer> occurrences = new EnumMap<>(UriOption.class);
    private final Map<UriOption, List<Boolean>> booleanHistory = new EnumMap<>(UriOption.class);

    void countOccurrence(UriOption option) {
        occurrences.merge(option, 1, Integer::sum);
    }

    void put(UriOption option, Object value, String text) {
        values.put(option, value);
        if (option.kind() == UriOption.Kind.TAG_SET) {
            texts.computeIfAbsent(option, o -> new ArrayList<>()).add(text);
        } else {
            texts.put(option, new ArrayList<>(List.of(text)));
        }
        if (value instanceof Boolean) {
            booleanHistory.computeIfAbsent(option, o -> new ArrayList<>()).add((Boolean) value);
        }
    }

    /** Adds the options of {@code defaults} that this set does not have (used for SRV TXT records). */
    public OptionValues withDefaults(OptionValues defaults) {
        OptionValues merged = copy();
        for (Map.Entry<UriOption, Object> entry : defaults.values.entrySet()) {
            if (!merged.values.containsKey(entry.getKey())) {
                merged.values.put(entry.getKey(), entry.getValue());
                merged.texts.put(entry.getKey(), new ArrayList<>(defaults.texts.get(entry.getKey())));
                merged.occurrences.put(entry.getKey(), defaults.occurrences.getOrDefault(entry.getKey(), 1));
            }
        }
        return merged;
    }

    private OptionValues copy() {
        OptionValues copy = new OptionValues();
        copy.values.putAll(values);
        texts.forEach((k, v) -> copy.texts.put(k, new ArrayList<>(v)));
        copy.occurrences.putAll(occurrences);
        booleanHistory.forEach((k, v) -> copy.booleanHistory.put(k, new ArrayList<>(v)));
        return copy;
    }

    public boolean has(UriOption option) {
        return values.containsKey(option);
    }

    /** How many times the option's key appeared, including occurrences with invalid values. */
    public int occurrences(UriOption option) {
        return occurrences.getOrDefault(option, 0);
    }

    /** Every accepted value of a boolean option, in order (for the tls/ssl agreement rule). */
    public List<Boolean> booleanHistory(UriOption option) {
        return booleanHistory.getOrDefault(option, List.of());
    }

    public Object get(UriOption option) {
        return values.get(option);
    }

    public String string(UriOption option) {
        return (String) values.get(option);
    }

    public Integer integer(UriOption option) {
        return (Integer) values.get(option);
    }

    public Long longValue(UriOption option) {
        return (Long) values.get(option);
    }

    public Boolean bool(UriOption option) {
        return (Boolean) values.get(option);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(UriOption option) {
        return (List<String>) values.get(option);
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> keyValues(UriOption option) {
        return (Map<String, String>) values.get(option);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, String>> tagSets(UriOption option) {
        return (List<Map<String, String>>) values.get(option);
    }

    /** The decoded texts of the accepted options by canonical name; secrets are shown as {@code ****}. */
    public Map<String, String> redactedTexts() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<UriOption, List<String>> entry : texts.entrySet()) {
            UriOption option = entry.getKey();
            String text = String.join(";", entry.getValue());
            if (option.isSecret()) {
                text = "****";
            } else if (option == UriOption.AUTH_MECHANISM_PROPERTIES) {
                text = SecretRedaction.redactMechanismProperties(text);
            }
            out.put(option.canonicalName(), text);
        }
        return Collections.unmodifiableMap(out);
    }
}
