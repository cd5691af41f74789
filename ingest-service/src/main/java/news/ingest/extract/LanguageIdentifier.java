package news.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Pattern;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Normalises declared language tags to ISO 639-1 and, when a page declares none or a long body plainly contradicts
 * its declaration, detects the language of the body with OpenNLP's language detector (the model ships in
 * {@code opennlp-models-langdetect}) unless the body's function words already tell it.
 */
final class LanguageIdentifier {

	/** Model file inside the {@code opennlp-models-langdetect} jar. */
	private static final String MODEL_RESOURCE = "/langdetect-183.bin";

	/** Below this many characters the detector guesses close to randomly between related languages. */
	private static final int MIN_DETECTION_CHARS = 40;

	/** The detector's accuracy plateaus well before this; longer bodies only cost time. */
	private static final int MAX_DETECTION_CHARS = 2000;

	/** Below this confidence the detector is guessing between close languages. */
	private static final double MIN_CONFIDENCE = 0.2;

	/** Only a body this long overrules the page's declared language; shorter ones may be a caption or a quote. */
	private static final int MIN_OVERRULING_CHARS = 1000;

	/**
	 * The detector must be this sure of another language, and give the declared one next to no chance: related
	 * languages (Croatian and Serbian, Malay and Indonesian) share their probability, so it never overrules those.
	 */
	private static final double OVERRULING_CONFIDENCE = 0.95;

	private static final double DECLARED_IMPLAUSIBLE = 0.01;

	/**
	 * The opening read first: it agrees with the declaration on almost every page, and the detector's time grows
	 * with the text (about 0.25 ms here against 1.5 ms for the 2,000 characters a full read takes, where a whole
	 * extraction takes 3.5 ms).
	 */
	private static final int GLANCE_CHARS = 200;

	private static final Pattern TAG = Pattern.compile("^([A-Za-z]{2,3})(?:[-_].*)?$");

	private final LanguageDetectorModel model;

	private final Map<String, String> iso3ToIso1;

	private final FunctionWords functionWords = new FunctionWords();

	LanguageIdentifier() {
		this.model = loadModel();
		this.iso3ToIso1 = iso3ToIso1();
	}

	/** ISO 639-1 code of a declared tag ("en-US", "de_DE", "eng"), or null if it is not a language tag. */
	String normalise(String tag) {
		if (tag == null) {
			return null;
		}
		var m = TAG.matcher(tag.trim());
		if (!m.matches()) {
			return null;
		}
		String code = m.group(1).toLowerCase(Locale.ROOT);
		return (code.length() == 2) ? code : this.iso3ToIso1.get(code);
	}

	/** ISO 639-1 code of the text's language, or null when the text is too short or the guess too weak. */
	String detect(String text) {
		if (text == null || text.length() < MIN_DETECTION_CHARS) {
			return null;
		}
		String read = this.functionWords.language(text);
		if (read != null) {
			return read;
		}
		// LanguageDetectorME is cheap to create and not documented as thread-safe; the model is.
		Language best = new LanguageDetectorME(this.model).predictLanguage(sample(text));
		return (best.getConfidence() >= MIN_CONFIDENCE) ? this.iso3ToIso1.get(best.getLang()) : null;
	}

	/**
	 * ISO 639-1 code of a long body's language when it is plainly not the declared one (theme defaults such as
	 * WordPress's {@code lang="en-US"} over German posts), else null.
	 */
	String contradicting(String declared, String text) {
		if (declared == null || text == null || text.length() < MIN_OVERRULING_CHARS
				|| declared.equals(this.functionWords.language(text))) {
			return null;
		}
		// In the detector's codes: it answers Norwegian ("no") for a page declaring Bokmål ("nb").
		String expected = this.iso3ToIso1.getOrDefault(iso3(declared), declared);
		LanguageDetectorME detector = new LanguageDetectorME(this.model);
		String glance = this.iso3ToIso1.get(detector.predictLanguage(text.substring(0, GLANCE_CHARS)).getLang());
		if (expected.equals(glance)) {
			return null;
		}
		Language[] ranked = detector.predictLanguages(sample(text));
		String best = this.iso3ToIso1.get(ranked[0].getLang());
		if (best == null || best.equals(expected) || ranked[0].getConfidence() < OVERRULING_CONFIDENCE) {
			return null;
		}
		double declaredChance = 0;
		for (Language language : ranked) {
			if (expected.equals(this.iso3ToIso1.get(language.getLang()))) {
				declaredChance += language.getConfidence();
			}
		}
		return (declaredChance < DECLARED_IMPLAUSIBLE) ? best : null;
	}

	private static String iso3(String iso1) {
		try {
			return new Locale(iso1).getISO3Language();
		}
		catch (MissingResourceException ex) {
			return iso1;
		}
	}

	private static CharSequence sample(String text) {
		return (text.length() > MAX_DETECTION_CHARS) ? text.substring(0, MAX_DETECTION_CHARS) : text;
	}

	private static LanguageDetectorModel loadModel() {
		try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Language model " + MODEL_RESOURCE + " is not on the classpath");
			}
			return new LanguageDetectorModel(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> iso3ToIso1() {
		Map<String, String> map = new HashMap<>(MetadataRules.ISO3_TO_ISO1_EXTRA);
		for (String iso1 : Locale.getISOLanguages()) {
			try {
				map.putIfAbsent(new Locale(iso1).getISO3Language(), iso1);
			}
			catch (MissingResourceException ex) {
				// A few ISO 639-1 codes have no three-letter equivalent in the JDK; nothing to map.
			}
		}
		return Map.copyOf(map);
	}

}
