package news.analysis;

import java.io.Reader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * The stock {@code mapping} char filter with inline {@code mappings} (a rule of the soft hyphen's escape and
 * {@code =>} removes soft hyphens); the {@code mappings_path} file variant is left out. The rules are parsed here as
 * analysis-common parses them (a {@code =>} between two sides; backslash escapes of a backslash, n, t, r, b, f and
 * u followed by four hex digits): Lucene has the filter but no parser for these rules, and the module that has one
 * is not on Maven Central.
 */
@NamedComponent("mapping")
public class MappingCharFilterFactory implements CharFilterFactory {

    private static final Pattern RULE = Pattern.compile("(.*)\\s*=>\\s*(.*)\\s*$");

    private final NormalizeCharMap map;

    @Inject
    public MappingCharFilterFactory(Settings settings) {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String rule : settings.mappings()) {
            Matcher m = RULE.matcher(rule);
            if (!m.find()) {
                throw new IllegalArgumentException("Invalid Mapping Rule : [" + rule + "]");
            }
            builder.add(unescape(m.group(1).trim()), unescape(m.group(2).trim()));
        }
        this.map = builder.build();
    }

    @Override
    public Reader create(Reader reader) {
        return new MappingCharFilter(this.map, reader);
    }

    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }

    private static String unescape(String side) {
        StringBuilder out = new StringBuilder(side.length());
        for (int i = 0; i < side.length(); i++) {
            char c = side.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == side.length()) {
                throw new IllegalArgumentException("Invalid escaped char in [" + side + "]");
            }
            switch (side.charAt(i)) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 >= side.length()) {
                        throw new IllegalArgumentException("Invalid escaped char in [" + side + "]");
                    }
                    out.append((char) Integer.parseInt(side.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(side.charAt(i));
            }
        }
        return out.toString();
    }

    /** The filter's settings as the index defines them. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "mappings")
        List<String> mappings();
    }
}
