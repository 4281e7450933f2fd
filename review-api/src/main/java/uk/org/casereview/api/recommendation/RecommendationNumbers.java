package uk.org.casereview.api.recommendation;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.recommendation.MakeRecommendation;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;

/**
 * Keeps a review's recommendation numbers unique, also when requests race: {@code MakeRecommendation} claims its number
 * in {@code recommendation_number} inside its unit of work, in the transaction that appends its event. Of two requests
 * with the same number one is recorded and the other refused (409), with nothing appended; a recommendation that the
 * aggregate refuses releases its number with the rolled-back transaction. The event store alone cannot say this:
 * numbers are a rule across aggregates.
 */
@Component
public class RecommendationNumbers implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;

    public RecommendationNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof MakeRecommendation make) {
            try {
                jdbc.update("insert into recommendation_number (source_id, number, recommendation_id) values (?, ?, ?)",
                        make.sourceId(), make.number(), make.recommendationId());
            } catch (DuplicateKeyException e) {
                throw new CommandRefusedException(alreadyNumbered(make.number()));
            }
        }
        return chain.proceed();
    }

    private static String alreadyNumbered(String number) {
        return "the review already has a recommendation numbered " + number;
    }
}
