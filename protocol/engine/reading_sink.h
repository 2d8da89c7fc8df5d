#pragma once
// Where the polling engine puts what it read. The engine knows nothing of
// storage: the models layer implements this interface (a writer thread over
// SQLite), tests implement it with a list.
#include "protocol/engine/readings.h"

namespace ims::engine {

class ReadingSink
{
public:
    virtual ~ReadingSink() = default;

    // Hands a batch over. Must not block the caller on I/O: implementations
    // queue the batch and commit it atomically later. Callable from any thread.
    virtual void submit(ReadingBatch batch) = 0;
};

} // namespace ims::engine
