#pragma once
// Result<T>: a value or a typed Error, in the spirit of std::expected (C++23),
// which clang 14 (our fuzzing compiler) cannot use with libstdc++ 12.
#include "protocol/core/error.h"

#include <utility>
#include <variant>

namespace ims {

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    // An ok result has no error: a default Error (kind None) comes back, so
    // diagnostics such as QVERIFY2(r.ok(), r.error().message) stay safe.
    const Error &error() const
    {
        static const Error none;
        return ok() ? none : std::get<1>(m_state);
    }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace ims
