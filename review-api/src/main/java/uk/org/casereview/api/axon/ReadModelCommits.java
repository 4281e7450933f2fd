package uk.org.casereview.api.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.web.ReadYourWrites;

/**
 * Tells the writes waiting for the read models ({@link ReadYourWrites}) when the read-model processor of this instance
 * has committed a batch: its rows and its tokens are then visible. Registered on the processor in
 * {@link AxonConfiguration}; once per unit of work (a batch).
 */
@Component
public class ReadModelCommits implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String REGISTERED = ReadModelCommits.class.getName();

    private final ReadYourWrites readYourWrites;

    public ReadModelCommits(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        UnitOfWork<?> batch = unitOfWork.root();
        batch.getOrComputeResource(REGISTERED, key -> {
            batch.afterCommit(committed -> readYourWrites.readModelsCommitted());
            return Boolean.TRUE;
        });
        return interceptorChain.proceed();
    }
}
