package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.itut.compliance.Report;
import org.itut.compliance.facts.Submission;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the HTML report in a real headless browser (Debian's chromium) and checks what is shown:
 * the DOM the browser built, and the pixels of a screenshot (target/report-html/report.png). Skipped,
 * with the command to install the browser, when chromium is not installed.
 */
class ReportHtmlBrowserTest {
    private static final Path DIR = Path.of("target", "report-html");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1500;
    private static Chromium chromium;
    private static Path page;

    @BeforeAll
    static void render_the_report() throws Exception {
        Optional<Chromium> found = Chromium.find();
        Assumptions.assumeTrue(found.isPresent(), Chromium.INSTALL_HINT);
        chromium = found.get();
        Files.createDirectories(DIR);
        Submission register = ReportFixtures.register();
        Report report = ReportFixtures.withDuties(register);
        page = DIR.resolve("report.html").toAbsolutePath();
        Files.writeString(page, ReportHtml.write(report, register, "bundled register and fixture duties"), StandardCharsets.UTF_8);
    }

    @Test
    void should_build_a_dom_with_a_lane_per_group_and_a_mark_per_duty() throws Exception {
        // GIVEN the report page (written before all tests)
        // WHEN the browser loads it
        String dom = chromium.dumpDom(page, DIR);
        // THEN the timeline is there with its lanes, meetings and the four kinds of duty marks
        assertThat(dom).contains("<svg class=\"timeline\"");
        assertThat(count(dom, "<g class=\"lane\" data-group=\"JCG-IoTSec\"")).isEqualTo(1);
        assertThat(count(dom, "<g class=\"lane\" data-group=\"SG17\"")).isEqualTo(1);
        assertThat(count(dom, "<g class=\"meeting meeting-held\"")).isGreaterThanOrEqualTo(5);
        assertThat(count(dom, "<g class=\"meeting meeting-month\"")).isGreaterThanOrEqualTo(4);
        assertThat(count(dom, "<g class=\"duty duty-met\"")).isEqualTo(2);
        assertThat(count(dom, "<g class=\"duty duty-missed\"")).isEqualTo(1);
        assertThat(count(dom, "<g class=\"duty duty-pending\"")).isEqualTo(1);
        assertThat(count(dom, "<g class=\"duty duty-unknown\"")).isEqualTo(1);
        assertThat(dom).contains("data-date=\"2026-02-15\"");
        // and the findings are grouped by group, with their citations
        assertThat(dom).contains("<section class=\"group\" id=\"group-jcg-iotsec\"");
        assertThat(dom).contains("Terms of reference of JCG-IoTSec (TSAG-R1 Annex D, 2025-05-30) work methods, bullet 3");
    }

    @Test
    void should_paint_the_timeline_with_meetings_duty_marks_and_the_as_of_line() throws Exception {
        // GIVEN the report page
        Path png = DIR.resolve("report.png").toAbsolutePath();
        // WHEN the browser takes a screenshot
        chromium.screenshot(page, png, WIDTH, HEIGHT, DIR);
        BufferedImage img = ImageIO.read(png.toFile());
        // THEN it is a picture of the window's size
        assertThat(img.getWidth()).isEqualTo(WIDTH);
        assertThat(img.getHeight()).isEqualTo(HEIGHT);
        // and the timeline is painted: the as-of line (magenta, vertical) spans the lanes from top to bottom
        int[] lanes = verticalExtent(img, 0xb83280);
        assertThat(lanes).as("a vertical as-of line (#b83280) in %s", png).isNotNull();
        assertThat(lanes[2] - lanes[1]).as("height of the as-of line: five lanes").isGreaterThan(5 * 50);
        // and between its ends are held meetings (blue) and the duty marks: met (green), missed (red), pending (amber)
        assertThat(pixels(img, 0x2b6cb0, lanes)).as("blue of held meetings").isGreaterThan(300);
        assertThat(pixels(img, 0x2f855a, lanes)).as("green of met duties").isGreaterThan(2 * 40);
        assertThat(pixels(img, 0xc53030, lanes)).as("red of missed duties").isGreaterThan(40);
        assertThat(pixels(img, 0xc05621, lanes)).as("amber of pending duties").isGreaterThan(15);
        assertThat(pixels(img, 0xa0aec0, lanes)).as("grey of not-determined duties").isGreaterThan(40);
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The column {x, y0, y1} with the most pixels of {@code rgb}, and the first and last row it has them, or null. */
    private static int[] verticalExtent(BufferedImage img, int rgb) {
        int bestX = -1;
        int best = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            int n = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                if (near(img.getRGB(x, y), rgb)) {
                    n++;
                }
            }
            if (n > best) {
                best = n;
                bestX = x;
            }
        }
        if (bestX < 0) {
            return null;
        }
        int y0 = -1;
        int y1 = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            if (near(img.getRGB(bestX, y), rgb)) {
                y0 = y0 < 0 ? y : y0;
                y1 = y;
            }
        }
        return new int[] {bestX, y0, y1};
    }

    /** Pixels of {@code rgb} in the rows between the ends of {@code extent}, across the whole width. */
    private static int pixels(BufferedImage img, int rgb, int[] extent) {
        int n = 0;
        for (int y = extent[1]; y <= extent[2]; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (near(img.getRGB(x, y), rgb)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean near(int argb, int rgb) {
        int dr = Math.abs(((argb >> 16) & 0xff) - ((rgb >> 16) & 0xff));
        int dg = Math.abs(((argb >> 8) & 0xff) - ((rgb >> 8) & 0xff));
        int db = Math.abs((argb & 0xff) - (rgb & 0xff));
        return dr + dg + db <= 12;
    }
}
