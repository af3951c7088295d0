/**
 * E-invoicing (issue 15): the Factur-X (PDF/A-3 with its CII XML), CII and UBL 2.1 XML of every issued invoice and
 * credit note, conforming to EN 16931, with the Chorus Pro data of public funders. {@link
 * org.liens.einvoice.EInvoicing} is the one call; the library {@code org.mustangproject:library} writes the XML
 * and the PDF, so that hosts which do not need e-invoices do not carry it ({@code liens-core} stays free of it).
 */
package org.liens.einvoice;
