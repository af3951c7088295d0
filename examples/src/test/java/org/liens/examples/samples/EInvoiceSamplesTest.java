package org.liens.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.billing.MissingChorusProDataException;
import org.liens.billing.Seller;
import org.liens.organisation.ChorusProField;
import org.liens.organisation.Organisation;
import org.liens.organisation.PostalAddress;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.test.LiensFixtures;
import org.liens.test.MutableClock;
import org.liens.test.SampleAgency;

/** Runs the README's e-invoicing fragments (issue 15). */
class EInvoiceSamplesTest {

  @Test
  void a_chorus_pro_funder_gets_the_factur_x_cii_and_ubl_of_its_invoice(@TempDir Path directory) throws Exception {
    MutableClock clock = new MutableClock(LocalDate.of(2023, 9, 4));
    Liens liens = LiensFixtures.builder(new InMemoryStorage(), clock)
        .seller(Seller.of("Au bonheur des liens", PostalAddress.of("1 place aux Herbes", "30700", "Uzès"), "812345676")
            .withVatNumber("FR40812345676").withVatExemptionMention("Exonération : mention de votre comptable"))
        .build();
    SampleAgency agency = SampleAgency.register(liens, LiensFixtures.COORDINATOR);
    Accompaniment mip = agency.startedMip(LocalDate.of(2023, 9, 4));
    Organisation funder = liens.organisations().get(LiensFixtures.COORDINATOR, mip.funder());

    // declared through Chorus Pro without its SIRET: the invoice is refused before a number is taken
    liens.organisations().update(LiensFixtures.COORDINATOR, funder.id(), funder.version(), funder.details()
        .withSiren("223000019").withAddress(PostalAddress.of("3 rue Guillemette", "30044", "Nîmes"))
        .withChorusPro(org.liens.organisation.ChorusPro.siretUnknown()));
    liens.billing().prepare(LiensFixtures.COORDINATOR, mip.id());
    MissingChorusProDataException refused = catchThrowableOfType(() -> liens.billing().issueAll(
        LiensFixtures.COORDINATOR, org.liens.billing.BillingSubject.of(mip.id())), MissingChorusProDataException.class);
    assertThat(refused.missing()).containsExactly(ChorusProField.SIRET);

    Organisation declared = EInvoiceSamples.chorusPro(liens, LiensFixtures.COORDINATOR,
        liens.organisations().get(LiensFixtures.COORDINATOR, funder.id()));
    assertThat(declared.chorusPro().orElseThrow().missing()).isEmpty();
    List<Path> files = EInvoiceSamples.export(liens, LiensFixtures.COORDINATOR, mip, directory);

    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("F-2023-00001.pdf", "F-2023-00001-cii.xml", "F-2023-00001-ubl.xml");
    assertThat(files.get(1)).content(StandardCharsets.UTF_8)
        .contains("<ram:GlobalID schemeID=\"0009\">22300001900016</ram:GlobalID>")
        .contains("<ram:ExemptionReasonCode>VATEX-FR-CODE-OF-YOUR-ACCOUNTANT</ram:ExemptionReasonCode>");
    assertThat(files.get(2)).content(StandardCharsets.UTF_8).contains("<cbc:BuyerReference>SERVICE-ASE</cbc:BuyerReference>");
  }
}
