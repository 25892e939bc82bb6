package io.claimscore.error;

/** Short, escaped excerpts of client input for error messages: never more than a few characters, never raw. */
public final class Excerpts {

    private Excerpts() {
    }

    /** {@code value}'s first {@code maxChars} characters, quoted, non-ASCII and quotes escaped, "…" if cut. */
    public static String quote(String value, int maxChars) {
        StringBuilder out = new StringBuilder("\"");
        int n = Math.min(value.length(), maxChars);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        if (value.length() > n) {
            out.append('…');
        }
        return out.append('"').toString();
    }
}
