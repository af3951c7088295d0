package org.liens.einvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.liens.pricing.Money;
import org.liens.shared.ErrorCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What a CII XML says of its amounts, read back to check it against the issued document before anything is
 * returned (issue 15: amounts exactly as issued): the header totals (BT-109, BT-110, BT-112) and, per line, its
 * name, quantity and net amount (BT-153, BT-129, BT-131).
 *
 * @param net the invoice total without VAT (BT-109)
 * @param vat the VAT total (BT-110)
 * @param gross the invoice total with VAT (BT-112)
 * @param lines the lines, in order
 */
record CiiTotals(BigDecimal net, BigDecimal vat, BigDecimal gross, List<Line> lines) {
  private static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

  /**
   * One line as the XML carries it.
   *
   * @param name the item name (BT-153)
   * @param quantity the invoiced quantity (BT-129)
   * @param net the line net amount (BT-131)
   */
  record Line(String name, BigDecimal quantity, BigDecimal net) {}

  static CiiTotals of(byte[] cii) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(cii));
      Element summation = (Element) document
          .getElementsByTagNameNS(RAM, "SpecifiedTradeSettlementHeaderMonetarySummation").item(0);
      List<Line> lines = new ArrayList<>();
      NodeList items = document.getElementsByTagNameNS(RAM, "IncludedSupplyChainTradeLineItem");
      for (int i = 0; i < items.getLength(); i++) {
        Element item = (Element) items.item(i);
        lines.add(new Line(text(item, "Name"), amount(item, "BilledQuantity"), amount(item, "LineTotalAmount")));
      }
      return new CiiTotals(amount(summation, "TaxBasisTotalAmount"), amount(summation, "TaxTotalAmount"),
          amount(summation, "GrandTotalAmount"), List.copyOf(lines));
    } catch (ParserConfigurationException | SAXException | IOException | RuntimeException e) {
      throw new EInvoiceException(ErrorCode.EINVOICE_FAILED, "the CII XML written could not be read back", e);
    }
  }

  /** Fails unless the XML's totals are the document's, to the cent. */
  void requireEqual(Money expectedNet, Money expectedVat, Money expectedGross, String number) {
    if (net.compareTo(expectedNet.toBigDecimal()) != 0 || vat.compareTo(expectedVat.toBigDecimal()) != 0
        || gross.compareTo(expectedGross.toBigDecimal()) != 0) {
      throw new EInvoiceException(ErrorCode.EINVOICE_FAILED, "the CII XML of " + number
          + " does not carry the issued totals", null);
    }
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(RAM, name).item(0).getTextContent().strip();
  }

  private static BigDecimal amount(Element parent, String name) {
    return new BigDecimal(text(parent, name));
  }
}
