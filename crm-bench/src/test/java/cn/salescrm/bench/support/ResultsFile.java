package cn.salescrm.bench.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one Markdown section of the benchmark results into the folder named by the server's
 * system property {@code crm.bench.results.dir}. bench/run.sh joins the sections into the
 * results page. The server runs on the same machine as the build, so it writes there directly.
 */
public final class ResultsFile {

    /** System property naming the results folder. */
    public static final String DIRECTORY_PROPERTY = "crm.bench.results.dir";

    private ResultsFile() {
    }

    /**
     * Writes (or replaces) the section file and prints it to the server log's standard output.
     *
     * @throws IllegalStateException if the system property is not set
     */
    public static Path write(String fileName, String markdown) throws IOException {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory == null || directory.isBlank()) {
            throw new IllegalStateException("System property " + DIRECTORY_PROPERTY
                    + " is not set; pass it to the server (see crm-bench/src/test/resources/arquillian.xml)");
        }
        Path file = Path.of(directory, fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        System.out.println(markdown);
        return file;
    }

    /** Returns the integer system property, or the default when it is not set. */
    public static int intProperty(String name, int defaultValue) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
    }
}
