package news.ingest.extract;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the page's opening can declare no charset but UTF-8, jsoup's trial parse of it is spared. */
class PageDecoderTest {

	private static boolean utf8Only(String opening) {
		return PageDecoder.declaresNoCharsetButUtf8(opening.getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void anOpeningDeclaringUtf8OrNothingIsDecodedAsUtf8StraightAway() {
		assertThat(utf8Only("<html><head><title>Ferry</title></head><body>")).isTrue();
		assertThat(utf8Only("<meta charset=\"utf-8\"><title>O&#39;Neill &#x2019;s</title>")).isTrue();
		assertThat(utf8Only("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; Charset=UTF-8\">")).isTrue();
		assertThat(utf8Only("<?xml version=\"1.0\" encoding='utf8'?><meta charset = utf-8 >")).isTrue();
	}

	@Test
	void anyOtherDeclarationIsLeftToJsoup() {
		assertThat(utf8Only("<meta charset=\"iso-8859-1\">")).isFalse();
		assertThat(utf8Only("<meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1252\">")).isFalse();
		assertThat(utf8Only("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")).isFalse();
		assertThat(utf8Only("<meta charset=\"utf-16\">")).isFalse();
		// A character reference could spell the word.
		assertThat(utf8Only("<meta http-equiv=\"content-type\" content=\"text/html; &#99;harset=koi8-r\">")).isFalse();
		// A value cut off at the end of the opening is not known to be UTF-8.
		assertThat(utf8Only("x".repeat(5 * 1024 - 15) + "<meta charset=\"utf-8\">")).isFalse();
	}

	@Test
	void aDeclarationAfterTheOpeningIsNotSniffed() {
		assertThat(utf8Only("x".repeat(5 * 1024) + "<meta charset=\"iso-8859-1\">")).isTrue();
	}

	@Test
	void aLatin1PageDeclaringItStillDecodesAsLatin1() {
		byte[] page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Gr\u00fc\u00dfe</p></body></html>"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(new PageDecoder().decode(page, null, null).body().text()).isEqualTo("Gr\u00fc\u00dfe");
	}

	@Test
	void utf8BytesUnderAStaleLatin1DeclarationAreDecodedAsUtf8() {
		byte[] page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Gr\u00fc\u00dfe fra K\u00f8benhavn</p>"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(new PageDecoder().decode(page, null, null).body().text()).isEqualTo("Gr\u00fc\u00dfe fra K\u00f8benhavn");
		// A server's Latin-1 default is overruled too; a header naming another charset still decides.
		assertThat(new PageDecoder().decode(page, "ISO-8859-1", null).body().text()).startsWith("Gr\u00fc\u00dfe");
		assertThat(new PageDecoder().decode(page, "windows-1251", null).body().text()).startsWith("Gr\u0413");
	}

}
