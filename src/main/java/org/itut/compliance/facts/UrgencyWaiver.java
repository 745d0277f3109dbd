package org.itut.compliance.facts;

import java.time.LocalDate;

/**
 * The Director's decision that urgent approval justifies skipping TSAG review (Res. 1 (2016) 7.1.8).
 *
 * @param on                 the date, or {@code null} if unknown
 * @param tsagChairConsulted whether the TSAG chairman was consulted; {@code null} if unknown
 */
public record UrgencyWaiver(LocalDate on, Boolean tsagChairConsulted) {
}
