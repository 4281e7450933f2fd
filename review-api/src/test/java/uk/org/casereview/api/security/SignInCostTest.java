package uk.org.casereview.api.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP Basic clients go through the cache of verified credentials: a right password is remembered, a wrong one never. */
class SignInCostTest extends ApiTest {

    @Autowired
    VerifiedCredentials verifiedCredentials;

    @Test
    void httpBasicRemembersVerifiedCredentialsOnly() {
        Api.Response first = api("scrutineer").get("/api/v1/reference-data");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        long remembered = verifiedCredentials.size();
        assertThat(remembered).isGreaterThanOrEqualTo(1);

        Api.Response again = api("scrutineer").get("/api/v1/reference-data");
        assertThat(again.status()).isEqualTo(200);
        assertThat(verifiedCredentials.size()).isEqualTo(remembered);

        Api.Response wrong = anonymous().as("scrutineer", "not-the-password").get("/api/v1/reference-data");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(verifiedCredentials.size()).as("a wrong password is not remembered").isEqualTo(remembered);
    }
}
