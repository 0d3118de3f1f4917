#include "SafetensorsFile.h"

#include "JsonObjectReader.h"
#include "JsonText.h"
#include "RegularFile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>
#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace nw {

namespace {

constexpr int kHeaderAlignment = 8;
const QString kMetadataKey = QStringLiteral("__metadata__");

enum class DType { F64, F32, F16, BF16, I64, I32, I16, I8, U64, U32, U16, U8, Bool };

struct DTypeInfo {
    const char* name;
    DType type;
    int size;
};

constexpr DTypeInfo kDTypes[] = {
    { "F64", DType::F64, 8 },
    { "F32", DType::F32, 4 },
    { "F16", DType::F16, 2 },
    { "BF16", DType::BF16, 2 },
    { "I64", DType::I64, 8 },
    { "I32", DType::I32, 4 },
    { "I16", DType::I16, 2 },
    { "I8", DType::I8, 1 },
    { "U64", DType::U64, 8 },
    { "U32", DType::U32, 4 },
    { "U16", DType::U16, 2 },
    { "U8", DType::U8, 1 },
    { "BOOL", DType::Bool, 1 },
};

const DTypeInfo* findDType(const QString& name)
{
    for (const DTypeInfo& d : kDTypes) {
        if (name == QLatin1String(d.name))
            return &d;
    }
    return nullptr;
}

struct Entry {
    std::string name;
    const DTypeInfo* dtype = nullptr;
    Shape shape;
    quint64 begin = 0;
    quint64 end = 0;
};

// "[2, 3]", "[]" for a scalar: the way the JSON header spells a shape.
QString shapeText(const Shape& shape)
{
    QStringList dims;
    for (int d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

bool setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}

template <typename T> float load(const char* p)
{
    return static_cast<float>(qFromLittleEndian<T>(p));
}

float loadHalf(const char* p)
{
    const quint16 bits = qFromLittleEndian<quint16>(p);
    qfloat16 h;
    std::memcpy(static_cast<void*>(&h), &bits, sizeof bits); // qfloat16 is 16 bits, trivially copyable in practice
    return static_cast<float>(h);
}

float loadBFloat16(const char* p)
{
    // bfloat16 is the upper half of a float32.
    const quint32 bits = static_cast<quint32>(qFromLittleEndian<quint16>(p)) << 16;
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

void convert(const char* raw, DType type, Tensor& out)
{
    const std::size_t n = out.size();
    if (n == 0)
        return; // a tensor with a 0 dimension has no storage (data() may be null)
    float* dst = out.data();
    auto each = [&](int size, auto&& fn) {
        for (std::size_t i = 0; i < n; ++i)
            dst[i] = fn(raw + i * static_cast<std::size_t>(size));
    };
    switch (type) {
    case DType::F32:
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN)
            std::memcpy(dst, raw, n * sizeof(float));
        else
            each(4, [](const char* p) { return qFromLittleEndian<float>(p); });
        return;
    case DType::F64:
        return each(8, load<double>);
    case DType::F16:
        return each(2, loadHalf);
    case DType::BF16:
        return each(2, loadBFloat16);
    case DType::I64:
        return each(8, load<qint64>);
    case DType::I32:
        return each(4, load<qint32>);
    case DType::I16:
        return each(2, load<qint16>);
    case DType::I8:
        return each(1, [](const char* p) { return static_cast<float>(static_cast<qint8>(*p)); });
    case DType::U64:
        return each(8, load<quint64>);
    case DType::U32:
        return each(4, load<quint32>);
    case DType::U16:
        return each(2, load<quint16>);
    case DType::U8:
        return each(1, [](const char* p) { return static_cast<float>(static_cast<quint8>(*p)); });
    case DType::Bool:
        return each(1, [](const char* p) { return *p != 0 ? 1.0f : 0.0f; });
    }
}

// A JSON number that is a whole number in [0, max].
bool wholeNumber(const QJsonValue& v, double max, quint64& out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!(d >= 0.0) || d > max || std::floor(d) != d)
        return false;
    out = static_cast<quint64>(d);
    return true;
}

// Checks one header entry; dataSize is the size of the data section.
bool parseEntry(const QString& key, const QJsonValue& value, quint64 dataSize, Entry& e, QString* problem)
{
    const QString where = QStringLiteral("tensor '%1'").arg(key);
    if (!value.isObject()) {
        *problem = where + QStringLiteral(": must be an object, got %1").arg(JsonObjectReader::describeType(value));
        return false;
    }
    const QJsonObject o = value.toObject();
    for (const char* field : { "dtype", "shape", "data_offsets" }) {
        if (!o.contains(QLatin1String(field))) {
            *problem = where + QStringLiteral(" has no \"%1\"").arg(QLatin1String(field));
            return false;
        }
    }
    e.name = key.toStdString();
    const QJsonValue dtype = o.value(QStringLiteral("dtype"));
    e.dtype = dtype.isString() ? findDType(dtype.toString()) : nullptr;
    if (!e.dtype) {
        QStringList known;
        for (const DTypeInfo& d : kDTypes)
            known << QLatin1String(d.name);
        *problem = where
            + QStringLiteral(": unknown dtype %1 (readable: %2)")
                  .arg(dtype.isString() ? QLatin1Char('"') + dtype.toString() + QLatin1Char('"')
                                        : JsonObjectReader::describeType(dtype),
                      known.join(QStringLiteral(", ")));
        return false;
    }

    const QJsonValue shape = o.value(QStringLiteral("shape"));
    if (!shape.isArray()) {
        *problem
            = where + QStringLiteral(": shape must be an array, got %1").arg(JsonObjectReader::describeType(shape));
        return false;
    }
    quint64 numel = 1;
    bool tooLarge = false;
    for (const QJsonValue dim : shape.toArray()) {
        quint64 d = 0;
        if (!wholeNumber(dim, std::numeric_limits<int>::max(), d)) {
            *problem = where
                + QStringLiteral(": shape entries must be whole numbers from 0 to %1, got %2")
                      .arg(std::numeric_limits<int>::max())
                      .arg(JsonObjectReader::describeType(dim));
            return false;
        }
        e.shape.push_back(static_cast<int>(d));
        // Saturate rather than overflow: anything above the data size is refused below.
        if (d != 0 && numel > dataSize / d)
            tooLarge = true;
        numel *= d;
    }
    if (std::find(e.shape.begin(), e.shape.end(), 0) != e.shape.end()) {
        numel = 0;
        tooLarge = false;
    }

    const QJsonValue offsets = o.value(QStringLiteral("data_offsets"));
    const QJsonArray range = offsets.toArray();
    if (!offsets.isArray() || range.size() != 2 || !wholeNumber(range[0], 9007199254740992.0, e.begin)
        || !wholeNumber(range[1], 9007199254740992.0, e.end) || e.begin > e.end) {
        *problem = where + QStringLiteral(": data_offsets must be [begin, end] with 0 <= begin <= end");
        return false;
    }
    if (e.end > dataSize) {
        *problem = where
            + QStringLiteral(": data_offsets [%1, %2] reach past the data section, which has %3 bytes")
                  .arg(e.begin)
                  .arg(e.end)
                  .arg(dataSize);
        return false;
    }
    const quint64 bytes = e.end - e.begin;
    if (tooLarge || numel * static_cast<quint64>(e.dtype->size) != bytes) {
        *problem = where
            + QStringLiteral(": shape %1 of %2 needs %3 bytes but data_offsets hold %4")
                  .arg(shapeText(e.shape))
                  .arg(QLatin1String(e.dtype->name))
                  .arg(tooLarge ? QStringLiteral("more") : QString::number(numel * e.dtype->size))
                  .arg(bytes);
        return false;
    }
    return true;
}

// The byte ranges must tile the data section exactly: no overlap, no hole, no tail.
bool checkCoverage(std::vector<Entry>& entries, quint64 dataSize, QString* problem)
{
    std::sort(entries.begin(), entries.end(),
        [](const Entry& a, const Entry& b) { return std::tie(a.begin, a.end) < std::tie(b.begin, b.end); });
    quint64 expected = 0;
    const Entry* previous = nullptr;
    for (const Entry& e : entries) {
        if (e.begin < expected) {
            *problem = QStringLiteral("tensor '%1': data_offsets [%2, %3] overlap tensor '%4'")
                           .arg(QString::fromStdString(e.name))
                           .arg(e.begin)
                           .arg(e.end)
                           .arg(QString::fromStdString(previous->name));
            return false;
        }
        if (e.begin > expected) {
            *problem = QStringLiteral("tensor '%1': data_offsets [%2, %3] leave bytes %4 to %2 unused")
                           .arg(QString::fromStdString(e.name))
                           .arg(e.begin)
                           .arg(e.end)
                           .arg(expected);
            return false;
        }
        expected = e.end;
        previous = &e;
    }
    if (expected != dataSize) {
        *problem = QStringLiteral("%1 bytes after the last tensor belong to no tensor").arg(dataSize - expected);
        return false;
    }
    return true;
}

} // namespace

bool SafetensorsFile::writeTo(QIODevice& file, const QString& label, const std::map<std::string, nw::Tensor>& tensors,
    const QMap<QString, QString>& metadata, QString* error, const std::set<std::string>& int8)
{
    const QString prefix = label + QStringLiteral(": not written: ");
    for (const std::string& name : int8) {
        const auto it = tensors.find(name);
        if (it == tensors.end())
            return setError(error, prefix + QStringLiteral("'%1' is to be stored as I8 but is no tensor")
                                       .arg(QString::fromStdString(name)));
        const Tensor& t = it->second;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (!(t[i] >= -128.0f && t[i] <= 127.0f) || std::floor(t[i]) != t[i])
                return setError(error,
                    prefix
                        + QStringLiteral("tensor '%1' is to be stored as I8 but value %2 is %3, not a whole number "
                                         "from -128 to 127")
                              .arg(QString::fromStdString(name))
                              .arg(i)
                              .arg(static_cast<double>(t[i])));
        }
    }
    QJsonObject header;
    quint64 offset = 0;
    for (const auto& [name, tensor] : tensors) {
        const QString key = QString::fromStdString(name);
        if (key == kMetadataKey || name.empty())
            return setError(error, prefix + QStringLiteral("'%1' cannot name a tensor").arg(key));
        const Shape& shape = tensor.shape();
        if (std::any_of(shape.begin(), shape.end(), [](int d) { return d < 0; }) || tensor.size() != shapeNumel(shape))
            return setError(error,
                prefix
                    + QStringLiteral("tensor '%1' has %2 values for shape %3")
                          .arg(key)
                          .arg(tensor.size())
                          .arg(shapeText(shape)));
        QJsonArray dims;
        for (int d : shape)
            dims.append(d);
        const bool asInt8 = int8.count(name) > 0;
        const quint64 bytes = tensor.size() * (asInt8 ? 1 : sizeof(float));
        header.insert(key,
            QJsonObject { { QStringLiteral("dtype"), asInt8 ? QStringLiteral("I8") : QStringLiteral("F32") },
                { QStringLiteral("shape"), dims },
                { QStringLiteral("data_offsets"),
                    QJsonArray { static_cast<qint64>(offset), static_cast<qint64>(offset + bytes) } } });
        offset += bytes;
    }
    if (!metadata.isEmpty()) {
        QJsonObject meta;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            meta.insert(it.key(), it.value());
        header.insert(kMetadataKey, meta);
    }
    QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    // Padding keeps the data section 8-byte aligned for readers that map the file.
    const qsizetype padding = (kHeaderAlignment - headerBytes.size() % kHeaderAlignment) % kHeaderAlignment;
    headerBytes.append(padding, ' ');

    bool ok = true;
    char length[8];
    qToLittleEndian<quint64>(static_cast<quint64>(headerBytes.size()), length);
    ok = file.write(length, 8) == 8 && file.write(headerBytes) == headerBytes.size();
    std::vector<char> swapped;
    for (auto it = tensors.begin(); ok && it != tensors.end(); ++it) {
        const Tensor& t = it->second;
        if (int8.count(it->first)) {
            swapped.resize(t.size());
            for (std::size_t i = 0; i < t.size(); ++i)
                swapped[i] = static_cast<char>(static_cast<qint8>(t[i]));
            ok = t.size() == 0 || file.write(swapped.data(), static_cast<qint64>(t.size())) == static_cast<qint64>(t.size());
            continue;
        }
        const qint64 bytes = static_cast<qint64>(t.size() * sizeof(float));
        const char* data = reinterpret_cast<const char*>(t.data());
        if constexpr (Q_BYTE_ORDER != Q_LITTLE_ENDIAN) {
            swapped.resize(static_cast<std::size_t>(bytes));
            qToLittleEndian<float>(t.data(), static_cast<qsizetype>(t.size()), swapped.data());
            data = swapped.data();
        }
        ok = bytes == 0 || file.write(data, bytes) == bytes;
    }
    if (!ok)
        return setError(error, label + QStringLiteral(": cannot write: ") + file.errorString());
    return true;
}

bool SafetensorsFile::write(const QString& path, const std::map<std::string, nw::Tensor>& tensors,
    const QMap<QString, QString>& metadata, QString* error, const std::set<std::string>& int8)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return setError(error, path + QStringLiteral(": cannot write: ") + file.errorString());
    if (!writeTo(file, path, tensors, metadata, error, int8)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        return setError(error, path + QStringLiteral(": cannot save: ") + file.errorString());
    return true;
}

std::optional<QByteArray> SafetensorsFile::toBytes(const QString& label, const std::map<std::string, nw::Tensor>& tensors,
    const QMap<QString, QString>& metadata, QString* error, const std::set<std::string>& int8)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writeTo(buffer, label, tensors, metadata, error, int8))
        return std::nullopt;
    return bytes;
}

std::optional<SafetensorsContents> SafetensorsFile::read(const QString& path, QString* error)
{
    QFile file(path);
    if (QString problem; !openRegularFile(file, &problem)) {
        setError(error, path + QStringLiteral(": ") + problem);
        return std::nullopt;
    }
    return readFrom(file, path, error);
}

std::optional<SafetensorsContents> SafetensorsFile::fromBytes(const QByteArray& bytes, const QString& label, QString* error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readFrom(buffer, label, error);
}

std::optional<SafetensorsContents> SafetensorsFile::readFrom(QIODevice& file, const QString& label, QString* error)
{
    const auto fail = [&](const QString& problem) {
        setError(error, label + QStringLiteral(": ") + problem);
        return std::nullopt;
    };
    const quint64 fileSize = static_cast<quint64>(file.size());
    if (fileSize < 8)
        return fail(QStringLiteral("is %1 bytes long, too short for a safetensors file (at least 8)").arg(fileSize));
    char length[8];
    if (file.read(length, 8) != 8)
        return fail(QStringLiteral("cannot read: %1").arg(file.errorString()));
    const quint64 headerSize = qFromLittleEndian<quint64>(length);
    if (headerSize > kMaxHeaderSize)
        return fail(QStringLiteral("header length %1 is larger than safetensors allows (%2 bytes)")
                        .arg(headerSize)
                        .arg(kMaxHeaderSize));
    if (headerSize > fileSize - 8)
        return fail(QStringLiteral("header length %1 is larger than the %2 bytes that follow it")
                        .arg(headerSize)
                        .arg(fileSize - 8));
    const QByteArray headerBytes = file.read(static_cast<qint64>(headerSize));
    if (static_cast<quint64>(headerBytes.size()) != headerSize)
        return fail(QStringLiteral("cannot read the header: %1").arg(file.errorString()));
    if (!headerBytes.startsWith('{'))
        return fail(QStringLiteral("header does not start with '{', so this is not a safetensors file"));
    QString problem;
    const std::optional<QJsonObject> header = parseJsonObject(headerBytes, &problem);
    if (!header)
        return fail(QStringLiteral("header ") + problem);

    const quint64 dataStart = 8 + headerSize;
    const quint64 dataSize = fileSize - dataStart;
    SafetensorsContents contents;
    std::vector<Entry> entries;
    for (auto it = header->begin(); it != header->end(); ++it) {
        if (it.key() == kMetadataKey) {
            if (!it.value().isObject())
                return fail(QStringLiteral("__metadata__ must be an object of strings, got %1")
                                .arg(JsonObjectReader::describeType(it.value())));
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m.value().isString())
                    return fail(QStringLiteral("__metadata__.%1 must be a string, got %2")
                                    .arg(m.key(), JsonObjectReader::describeType(m.value())));
                contents.metadata.insert(m.key(), m.value().toString());
            }
            continue;
        }
        Entry e;
        if (!parseEntry(it.key(), it.value(), dataSize, e, &problem))
            return fail(problem);
        entries.push_back(std::move(e));
    }
    if (!checkCoverage(entries, dataSize, &problem))
        return fail(problem);

    std::vector<char> raw;
    for (const Entry& e : entries) {
        const quint64 bytes = e.end - e.begin;
        raw.resize(static_cast<std::size_t>(bytes));
        if (!file.seek(static_cast<qint64>(dataStart + e.begin))
            || (bytes > 0 && file.read(raw.data(), static_cast<qint64>(bytes)) != static_cast<qint64>(bytes)))
            return fail(
                QStringLiteral("cannot read tensor '%1': %2").arg(QString::fromStdString(e.name), file.errorString()));
        Tensor t(e.shape);
        convert(raw.data(), e.dtype->type, t);
        contents.tensors.emplace(e.name, std::move(t));
        if (e.dtype->type == DType::I8)
            contents.int8.insert(e.name);
    }
    return contents;
}

} // namespace nw
