#pragma once
// Small helpers the io tests share: reading and writing whole files, comparing
// tensors bit for bit, and a scoped file-size limit that makes writes fail midway.
#include "engine/Tensor.h"

#include <gtest/gtest.h>
#include <QByteArray>
#include <QFile>
#include <QString>

#include <csignal>
#include <cstring>
#include <sys/resource.h>

namespace nwtest {

inline QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << qPrintable(path);
    ASSERT_EQ(f.write(bytes), bytes.size());
}

inline bool bitIdentical(const nw::Tensor& a, const nw::Tensor& b)
{
    return a.shape() == b.shape() && a.size() == b.size()
        && (a.size() == 0 || std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0);
}

// While alive, any write that grows a file past `bytes` fails with EFBIG (even for
// root, unlike a read-only directory), so a save can be made to fail half-way.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }

private:
    rlimit m_saved {};
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace nwtest
