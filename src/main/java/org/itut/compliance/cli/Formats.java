package org.itut.compliance.cli;

import org.itut.compliance.Report;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.io.ReportHtml;
import org.itut.compliance.io.ReportJson;
import org.itut.compliance.io.ReportJunit;
import org.itut.compliance.io.ReportMarkdown;
import org.itut.compliance.io.ReportSarif;
import org.itut.compliance.io.ReportText;

/** Writes a report in the format {@code check --format} names. */
final class Formats {
    private Formats() {
    }

    static String render(CheckCommand.Format format, Report report, Submission submission, String description,
                         CheckCommand.FailOn failOn, ReportSarif.Options sarif) {
        return switch (format) {
            case text -> ReportText.write(report, description);
            case json -> ReportJson.write(report, submission);
            case sarif -> ReportSarif.write(report, submission, sarif);
            case junit -> ReportJunit.write(report, submission, failOn::fails, failOn.name());
            case markdown -> ReportMarkdown.write(report, submission, description);
            case html -> ReportHtml.write(report, submission, description);
        };
    }
}
