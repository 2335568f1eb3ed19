package io.connectmongodb.driver.internal.auth;

import java.text.Normalizer;

/**
 * SASLprep (RFC 4013), the stringprep profile (RFC 3454) that SCRAM-SHA-256 applies to passwords.
 *
 * <p>The algorithm, in the order RFC 3454 section 3 prescribes:
 * <ol>
 *   <li>Map: characters of table B.1 ("commonly mapped to nothing", such as U+00AD SOFT HYPHEN) are
 *       removed; other non-ASCII spaces (table C.1.2, such as U+00A0) become U+0020.</li>
 *   <li>Stored strings only: code points unassigned in Unicode 3.2 (table A.1) are rejected. MongoDB
 *       prepares passwords as stored strings, so this driver does too.</li>
 *   <li>Normalize with Unicode NFKC ({@link Normalizer}); U+2168 ROMAN NUMERAL NINE becomes "IX".</li>
 *   <li>Prohibit: C.1.2, C.2.1, C.2.2 and C.3 to C.9 must not remain in the output.</li>
 *   <li>Bidi (RFC 3454 section 6): if any character is RandALCat (D.1), no character may be LCat
 *       (D.2), and the first and the last character must both be RandALCat.</li>
 * </ol>
 * Failures throw {@link IllegalArgumentException} naming the rule and the offending code point's
 * position, never the string itself (it is a password).
 */
public final class SaslPrep {
    private SaslPrep() {
    }

    /** Prepares {@code input} as a stored string (unassigned code points are an error). */
    public static String prepareStored(CharSequence input) {
        return prepare(input, false);
    }

    /** Prepares {@code input} as a query string (unassigned code points pass through). */
    public static String prepareQuery(CharSequence input) {
        return prepare(input, true);
    }

    private static String prepare(CharSequence input, boolean allowUnassigned) {
        if (input == null) {
            throw new IllegalArgumentException("SASLprep input must not be null");
        }
        String mapped = map(input, allowUnassigned);
        String normalized = Normalizer.normalize(mapped, Normalizer.Form.NFKC);
        checkProhibited(normalized);
        checkBidi(normalized);
        return normalized;
    }

    private static String map(CharSequence input, boolean allowUnassigned) {
        StringBuilder out = new StringBuilder(input.length());
        int position = 0;
        for (int i = 0; i < input.length(); ) {
            int cp = Character.codePointAt(input, i);
            i += Character.charCount(cp);
            if (!allowUnassigned && StringPrepTables.contains(StringPrepTables.UNASSIGNED_A1, cp)) {
                throw rejected("contains a code point unassigned in Unicode 3.2 (RFC 3454 table A.1)", position);
            }
            // B.1 first: U+200B ZERO WIDTH SPACE is in both tables and must vanish, not become a space.
            if (StringPrepTables.contains(StringPrepTables.MAPPED_TO_NOTHING_B1, cp)) {
                position++;
                continue;
            }
            if (StringPrepTables.contains(StringPrepTables.NON_ASCII_SPACE_C12, cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
            position++;
        }
        return out.toString();
    }

    private static void checkProhibited(String normalized) {
        int position = 0;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            String table = prohibitedTable(cp);
            if (table != null) {
                throw rejected("contains a prohibited character (RFC 3454 table " + table + ")", position);
            }
            position++;
        }
    }

    /** The name of the prohibition table that holds {@code cp}, or null when it is allowed. */
    private static String prohibitedTable(int cp) {
        if (StringPrepTables.contains(StringPrepTables.NON_ASCII_SPACE_C12, cp)) {
            return "C.1.2";
        }
        if (StringPrepTables.contains(StringPrepTables.ASCII_CONTROL_C21, cp)) {
            return "C.2.1";
        }
        if (StringPrepTables.contains(StringPrepTables.NON_ASCII_CONTROL_C22, cp)) {
            return "C.2.2";
        }
        if (StringPrepTables.contains(StringPrepTables.PRIVATE_USE_C3, cp)) {
            return "C.3";
        }
        if (StringPrepTables.contains(StringPrepTables.NON_CHARACTER_C4, cp)) {
            return "C.4";
        }
        if (StringPrepTables.contains(StringPrepTables.SURROGATE_C5, cp)) {
            return "C.5";
        }
        if (StringPrepTables.contains(StringPrepTables.NOT_PLAIN_TEXT_C6, cp)) {
            return "C.6";
        }
        if (StringPrepTables.contains(StringPrepTables.NOT_CANONICAL_C7, cp)) {
            return "C.7";
        }
        if (StringPrepTables.contains(StringPrepTables.DISPLAY_CHANGING_C8, cp)) {
            return "C.8";
        }
        if (StringPrepTables.contains(StringPrepTables.TAGGING_C9, cp)) {
            return "C.9";
        }
        return null;
    }

    private static void checkBidi(String normalized) {
        if (normalized.isEmpty()) {
            return;
        }
        boolean hasRandAL = false;
        boolean hasL = false;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            hasRandAL |= StringPrepTables.contains(StringPrepTables.RAND_AL_CAT_D1, cp);
            hasL |= StringPrepTables.contains(StringPrepTables.L_CAT_D2, cp);
        }
        if (!hasRandAL) {
            return;
        }
        if (hasL) {
            throw new IllegalArgumentException("SASLprep failed: the string mixes right-to-left (RFC 3454 table D.1)"
                    + " and left-to-right (table D.2) characters");
        }
        int first = normalized.codePointAt(0);
        int last = normalized.codePointBefore(normalized.length());
        if (!StringPrepTables.contains(StringPrepTables.RAND_AL_CAT_D1, first)
                || !StringPrepTables.contains(StringPrepTables.RAND_AL_CAT_D1, last)) {
            throw new IllegalArgumentException("SASLprep failed: a string with right-to-left characters must start"
                    + " and end with one (RFC 3454 section 6)");
        }
    }

    private static IllegalArgumentException rejected(String reason, int position) {
        return new IllegalArgumentException("SASLprep failed: the string " + reason + " at code point index "
                + position);
    }
}
