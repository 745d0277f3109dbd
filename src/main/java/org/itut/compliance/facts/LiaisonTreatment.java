package org.itut.compliance.facts;

/** What a liaison statement asks of an addressee (A.1 (10/2016) 1.5.1). */
public enum LiaisonTreatment { ACTION, COMMENT, INFORMATION }
