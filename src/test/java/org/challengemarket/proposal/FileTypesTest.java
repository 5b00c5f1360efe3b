package org.challengemarket.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Attachments are recognised by content, never by name. */
class FileTypesTest {

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void signaturesOfPdfPngAndJpegAreRecognised() {
        assertThat(FileTypes.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .contains(FileTypes.PDF);
        assertThat(FileTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
                .contains(FileTypes.PNG);
        assertThat(FileTypes.detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .contains(FileTypes.JPEG);
    }

    @Test
    void officeDocumentsAreRecognisedByWhatTheirZipHolds() throws IOException {
        assertThat(FileTypes.detect(zip("mimetype", FileTypes.ODT, "content.xml", "<x/>")))
                .contains(FileTypes.ODT);
        assertThat(FileTypes.detect(zip("[Content_Types].xml", "<x/>", "word/document.xml", "<w/>")))
                .contains(FileTypes.DOCX);
    }

    @Test
    void otherContentIsNotRecognisedWhateverItsName() throws IOException {
        assertThat(FileTypes.detect("plain text pretending to be a pdf".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(FileTypes.detect(zip("readme.txt", "just a zip"))).isEmpty();
        assertThat(FileTypes.detect(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")))
                .isEmpty();
        assertThat(FileTypes.detect("PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(FileTypes.detect(new byte[0])).isEmpty();
    }
}
