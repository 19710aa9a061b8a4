package org.ariadne.plans.importing.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.ariadne.plans.importing.ImportProblem;
import org.ariadne.plans.importing.ParsedTable;

/** What the readers share about taking a file in: a size cap and POI's zip-bomb guards. */
final class OfficeFiles {

    /** The largest file a reader takes (an action plan is a few hundred kilobytes). */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    static {
        // POI's zip-bomb guards are JVM-wide settings; entry size and file count are stricter than the defaults.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1_000);
    }

    private OfficeFiles() {
    }

    /** What a reader does with the opened package (a workbook, a document). */
    interface PackageReader {
        ParsedTable read(OPCPackage pkg) throws Exception;
    }

    /**
     * Opens an OOXML file the way every reader does: bounded in size, the old binary format and foreign files named
     * as such, POI's failures turned into a problem; the package is closed without writing anything back.
     *
     * @param kind        "XLSX workbook", "DOCX document": what the user was expected to send
     * @param oldFormat   how to name the old binary format and what to do, e.g. "an old Excel 97–2003 (.xls) file;
     *                    save it as .xlsx"
     */
    static ParsedTable open(InputStream in, String kind, String oldFormat, PackageReader reader) {
        guard();
        byte[] bytes;
        try {
            bytes = readAtMost(in);
        } catch (Exception e) {
            return fileProblem("the file could not be read: " + describe(e));
        }
        if (bytes == null) {
            return fileProblem("the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (isOle2(bytes)) {
            return fileProblem("this is " + oldFormat + " and import it again");
        }
        if (!isZip(bytes)) {
            return fileProblem("this is not " + (kind.startsWith("X") ? "an " : "a ") + kind.substring(0, kind.indexOf(' '))
                    + " file");
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            return reader.read(pkg);
        } catch (Exception e) {
            // POI reports broken, foreign and hostile packages with many exception types; all mean "not readable"
            return fileProblem("this is not a readable " + kind + ": " + describe(e));
        } finally {
            if (pkg != null) {
                pkg.revert(); // closes without writing anything back
            }
        }
    }

    /** A file that cannot be read at all: one problem, no rows. */
    static ParsedTable fileProblem(String problem) {
        return new ParsedTable(List.of(), List.of(), List.of(new ImportProblem(0, null, problem, null)));
    }

    /** Makes sure the zip-bomb guards are set before POI opens anything. */
    static void guard() {
        // the static initializer does the work
    }

    /** The whole stream, or null when it is longer than {@link #MAX_BYTES}. */
    static byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        int total = 0;
        int n;
        while ((n = in.read(chunk)) > 0) {
            total += n;
            if (total > MAX_BYTES) {
                return null;
            }
            buffer.write(chunk, 0, n);
        }
        return buffer.toByteArray();
    }

    /** A ZIP (OOXML) file starts with "PK\3\4". */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** An old binary Office file (.xls, .doc) starts with the OLE2 signature. */
    static boolean isOle2(byte[] bytes) {
        return bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF
                && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xE0;
    }

    /**
     * What is wrong with a file POI could not read, in the user's terms: never POI's or XMLBeans' own message, which
     * names Java classes, configuration switches and XML internals.
     */
    static String describe(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Zip bomb")) {
                return "it unpacks to far more data than an Office file holds (a zip bomb)";
            }
            if (t instanceof java.io.EOFException) {
                return "it ends before its end (a truncated or partly uploaded file)";
            }
            if (t.getClass().getName().startsWith("org.apache.xmlbeans") || t instanceof org.xml.sax.SAXException) {
                return "a part of it is not well-formed XML; save it again from the office application";
            }
            if (t instanceof java.util.zip.ZipException) {
                return "its ZIP container is damaged";
            }
        }
        return "its contents are damaged or not laid out as an Office file holds them; save it again from the office "
                + "application";
    }
}
