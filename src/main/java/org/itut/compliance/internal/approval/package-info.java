/**
 * Facts the approval rules derive once and then judge: the dates of a consultation
 * ({@link org.itut.compliance.internal.approval.ConsultationFrame}) and, per subject, the tally
 * of its replies ({@link org.itut.compliance.internal.approval.Tally}) with the reason every
 * excluded reply was left out. Integer arithmetic only (CONV-RATIO, CONV-MAJORITY).
 */
package org.itut.compliance.internal.approval;
