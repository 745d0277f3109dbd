package org.itut.compliance.facts;

/** The two routes by which a JCA is established (A.1 (10/2016) 2.2.2). */
public enum EstablishmentPath {
    /** A lead study group establishes the JCA within its mandate. */
    LEAD_SG,
    /** TSAG establishes the JCA. */
    TSAG
}
