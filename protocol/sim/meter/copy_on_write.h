#pragma once
// A value many simulated meters share until one of them changes it. A
// million meters start with the same factory limiters and tariff calendar;
// keeping a copy in each would cost more than everything else they store.
// Reading never copies; the first change a meter makes copies the value for
// that meter alone, and a change to what it already holds copies nothing.
//
// The shared factory values are owned by function-local statics, so their
// count never drops to one: editing one of them always copies, and a
// meter's own copy (count one) is touched by its meter only, which makes
// sharing between threads (routers on different threads) safe.
#include <cstddef>
#include <memory>
#include <utility>

namespace ims::sim {

template<typename T>
class CopyOnWrite
{
public:
    // A default-constructed T, shared by every default-constructed holder.
    CopyOnWrite()
        : m_value(sharedDefault())
    {}
    explicit CopyOnWrite(std::shared_ptr<T> shared)
        : m_value(std::move(shared))
    {}

    const T &get() const { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return m_value.get(); }
    // Reads as the value it holds: `T copy = holder;`, `holder == value`.
    operator const T &() const { return *m_value; }
    friend bool operator==(const CopyOnWrite &a, const T &b) { return *a.m_value == b; }
    template<typename Index>
    decltype(auto) operator[](Index i) const
    {
        return (*m_value)[i];
    }

    // The value for changing it: this meter's own copy from now on.
    T &edit()
    {
        if (m_value.use_count() != 1)
            m_value = std::make_shared<T>(*m_value);
        return *m_value;
    }
    // Replaces the value; an equal value keeps sharing.
    void set(const T &value)
    {
        if (!(value == *m_value))
            edit() = value;
    }

    // Whether both read the same stored value (not merely equal ones).
    bool sharesWith(const CopyOnWrite &other) const { return m_value == other.m_value; }
    // Whether this holds a copy of its own.
    bool isDetached() const { return m_value.use_count() == 1; }

private:
    static const std::shared_ptr<T> &sharedDefault()
    {
        static const std::shared_ptr<T> value = std::make_shared<T>();
        return value;
    }

    std::shared_ptr<T> m_value;
};

} // namespace ims::sim
