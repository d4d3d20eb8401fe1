package io.jnas.report;

/** Escaping for text placed in HTML and for JSON placed inside a {@code <script>} element. */
final class Html {

    private Html() {
    }

    /** Text as HTML character data or attribute value. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * JSON made safe inside a script element: no {@code </script>} or {@code <!--} can end it
     * early, and the line separators JavaScript once rejected in strings are escaped.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
