#pragma once
// Reads and writes weights in the safetensors format
// (https://github.com/huggingface/safetensors): an 8-byte little-endian header
// length N, N bytes of UTF-8 JSON naming every tensor's dtype, shape and byte
// range, then the raw little-endian data. numpy, PyTorch and the safetensors
// libraries read these files without conversion.
//
// Reading trusts nothing in the file: the header length is checked against the
// file's size before anything is allocated, every tensor's byte range must lie in
// the data section and match its shape and dtype, and the ranges must cover the
// data section exactly (no overlaps, holes or trailing bytes, as the format
// requires). Every refusal names the file and the problem. Writing is atomic.
#include "engine/Tensor.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <string>

class QIODevice;

namespace nw {

struct SafetensorsContents {
    std::map<std::string, nw::Tensor> tensors;
    QMap<QString, QString> metadata; // the header's "__metadata__" (string to string)
    // Tensors stored as I8 (int8 quantized weights, core/compress): read() lists the
    // tensors the file stores as I8; write() stores these as I8, their values being
    // whole numbers from -128 to 127.
    std::set<std::string> int8;
};

class SafetensorsFile {
public:
    // The reference implementation refuses larger headers; so do we, before allocating one.
    static constexpr quint64 kMaxHeaderSize = 100'000'000;

    // Writes every tensor as F32 (those named in `int8` as I8), in name order, the
    // header padded with spaces to a multiple of 8 bytes. Refuses, writing nothing, an
    // I8 tensor whose values are not whole numbers from -128 to 127 and an `int8` name
    // that is no tensor. Atomic (QSaveFile): on failure the previous file is intact.
    static bool write(const QString& path, const std::map<std::string, nw::Tensor>& tensors,
        const QMap<QString, QString>& metadata, QString* error, const std::set<std::string>& int8 = {});
    static bool write(const QString& path, const SafetensorsContents& contents, QString* error)
    {
        return write(path, contents.tensors, contents.metadata, error, contents.int8);
    }

    // The same bytes as write() into memory (a file inside a lesson bundle); `label`
    // names them in messages.
    static std::optional<QByteArray> toBytes(const QString& label, const std::map<std::string, nw::Tensor>& tensors,
        const QMap<QString, QString>& metadata, QString* error, const std::set<std::string>& int8 = {});

    // Reads F32 as is and converts F64, F16, BF16, the integer types and BOOL to float;
    // names the I8 tensors in `int8`.
    static std::optional<SafetensorsContents> read(const QString& path, QString* error);
    // read() of bytes in memory, checked the same way; `label` names them in messages.
    static std::optional<SafetensorsContents> fromBytes(const QByteArray& bytes, const QString& label, QString* error);

private:
    // `label` begins every message: the file's path, or what the bytes are.
    static bool writeTo(QIODevice& device, const QString& label, const std::map<std::string, nw::Tensor>& tensors,
        const QMap<QString, QString>& metadata, QString* error, const std::set<std::string>& int8);
    static std::optional<SafetensorsContents> readFrom(QIODevice& device, const QString& label, QString* error);
};

} // namespace nw
