#pragma once
// The CLI runs one step at a time: wait for an asynchronous callback with a
// local event loop. (Only the command-line tool does this; the GUI and the
// engine chain callbacks instead.)
#include <QEventLoop>

#include <functional>
#include <optional>

namespace ims::cli {

template<typename T>
T await(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace ims::cli
