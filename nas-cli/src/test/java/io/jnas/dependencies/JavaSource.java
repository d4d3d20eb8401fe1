package io.jnas.dependencies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Java source file as the dependency rules see it: its module, its package, and its code
 * with comments and string literals blanked (so a Javadoc mention is not a dependency, while a
 * fully qualified name in code is).
 */
record JavaSource(String path, String module, boolean main, String packageName, String code) {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;",
            Pattern.MULTILINE);

    static JavaSource of(String path, String module, boolean main, String text) {
        String code = blankCommentsAndStrings(text);
        Matcher m = PACKAGE.matcher(code);
        return new JavaSource(path, module, main, m.find() ? m.group(1) : "", code);
    }

    /** Every .java file under {@code <module>/src/{main,test}/java} of the checkout at root. */
    static List<JavaSource> scan(Path root) {
        List<JavaSource> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(d -> Files.exists(d.resolve("pom.xml"))).sorted()
                    .toList()) {
                for (String tree : List.of("main", "test")) {
                    Path src = module.resolve("src").resolve(tree).resolve("java");
                    if (!Files.isDirectory(src)) {
                        continue;
                    }
                    try (Stream<Path> files = Files.walk(src)) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted()
                                .toList()) {
                            out.add(of(root.relativize(f).toString(),
                                    module.getFileName().toString(), tree.equals("main"),
                                    Files.readString(f)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** True when the package is {@code prefix} or one of its subpackages. */
    boolean inPackage(String prefix) {
        return packageName.equals(prefix) || packageName.startsWith(prefix + ".");
    }

    /** The first line of code that names a type under {@code prefix} ("ai.djl"), or null. */
    String firstUse(String prefix) {
        Pattern use = Pattern.compile("(?<![\\w.])" + Pattern.quote(prefix) + "\\.[\\w*]");
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (use.matcher(lines[i]).find() && !lines[i].trim().startsWith("package ")) {
                return "line " + (i + 1) + ": " + lines[i].trim();
            }
        }
        return null;
    }

    /** Comments, string, text-block and char literals replaced by spaces; newlines kept. */
    static String blankCommentsAndStrings(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    b.append(' ');
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                blank(s, i, end, b);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                blank(s, i, end, b);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(j + 1, s.length());
                blank(s, i, end, b);
                i = end;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static void blank(String s, int from, int to, StringBuilder b) {
        for (int k = from; k < to; k++) {
            b.append(s.charAt(k) == '\n' ? '\n' : ' ');
        }
    }
}
