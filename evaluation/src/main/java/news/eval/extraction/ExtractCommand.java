package news.eval.extraction;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.eval.Command;
import news.eval.InputFiles;
import news.ingest.extract.ArticleExtractor;
import news.ingest.extract.ExtractedPage;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./news extract <dir> <out.json>}: the extractor over every {@code *.html} / {@code *.html.gz} file, bytes
 * in as a fetcher would get them.
 */
public final class ExtractCommand implements Command {

	static final String[] SUFFIXES = { ".html.gz", ".html" };

	@Override
	public String usage() {
		return "<dir> <out.json>   extract every *.html / *.html.gz file of <dir>";
	}

	@Override
	public int run(List<String> args) throws Exception {
		if (args.size() != 2) {
			System.err.println("usage: ./news extract " + usage());
			return 2;
		}
		ArticleExtractor extractor = new ArticleExtractor();
		Map<String, Map<String, Object>> results = new LinkedHashMap<>();
		Instant now = Instant.now();
		for (Path file : InputFiles.list(Path.of(args.get(0)), SUFFIXES)) {
			ExtractedPage page = extractor.extract(InputFiles.read(file), null, file.toUri().toString(), now);
			results.put(InputFiles.stem(file, SUFFIXES), ExtractionJson.of(page));
		}
		JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(Path.of(args.get(1)).toFile(),
				results);
		System.err.println(results.size() + " pages extracted to " + args.get(1));
		return 0;
	}
}
