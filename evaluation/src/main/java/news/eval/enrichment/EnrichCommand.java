package news.eval.enrichment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.enrich.tag.ArticleTagger;
import news.eval.Command;
import news.eval.InputFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./news enrich <dir> <out.json>}: the taggers over every {@code *.json} (only its {@code id} and
 * {@code text} are read, never its gold fields) and {@code *.txt} file.
 */
public final class EnrichCommand implements Command {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Override
	public String usage() {
		return "<dir> <out.json>    tag every *.json (id, text) and *.txt file of <dir>";
	}

	@Override
	public int run(List<String> args) throws Exception {
		if (args.size() != 2) {
			System.err.println("usage: ./news enrich " + usage());
			return 2;
		}
		ArticleTagger tagger = new ArticleTagger();
		Map<String, Map<String, Object>> results = new LinkedHashMap<>();
		for (Path file : InputFiles.list(Path.of(args.get(0)), ".json", ".txt")) {
			String id;
			String text;
			if (file.getFileName().toString().endsWith(".json")) {
				JsonNode doc = JSON.readTree(file.toFile());
				id = doc.path("id").asString(InputFiles.stem(file, ".json"));
				text = doc.path("text").asString("");
			}
			else {
				id = InputFiles.stem(file, ".txt");
				text = Files.readString(file, StandardCharsets.UTF_8);
			}
			results.put(id, Predictions.of(tagger.tag(null, text)));
		}
		JSON.writeValue(Path.of(args.get(1)).toFile(), results);
		System.err.println(results.size() + " documents tagged to " + args.get(1));
		return 0;
	}
}
