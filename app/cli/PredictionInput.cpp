#include "PredictionInput.h"

#include "data/CsvFeatureRows.h"
#include "data/CsvTable.h"
#include "data/DataError.h"
#include "data/FeatureScaler.h"
#include "data/IdxFile.h"
#include "data/ImageFolderDataset.h"
#include "data/NpyFile.h"
#include "data/TextDataset.h"

#include <QDir>
#include <QFileInfo>

#include <charconv>
#include <cmath>

namespace nw::cli {

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

std::string shapeText(const std::vector<std::size_t>& shape)
{
    Shape s;
    for (std::size_t d : shape)
        s.push_back(static_cast<int>(std::min<std::size_t>(d, 1u << 30)));
    return shapeToString(s);
}

bool isIdxName(const QString& lower)
{
    const QString name = lower.endsWith(QLatin1String(".gz")) ? lower.chopped(3) : lower;
    return name.endsWith(QLatin1String("-ubyte")) || name.endsWith(QLatin1String(".idx"))
        || (name.contains(QLatin1String("-idx")) && name.endsWith(QLatin1String("ubyte")));
}

} // namespace

PredictionInput::PredictionInput(Shape inputShape, std::optional<Table> table, std::optional<Text> text)
    : m_inputShape(std::move(inputShape))
    , m_table(table)
    , m_text(std::move(text))
{
}

bool PredictionInput::isSupported(const QString& path)
{
    const QString lower = QFileInfo(path).fileName().toLower();
    return QFileInfo(path).isDir() || lower.endsWith(QLatin1String(".npy")) || lower.endsWith(QLatin1String(".csv"))
        || lower.endsWith(QLatin1String(".txt")) || hasImageExtension(str(path)) || isIdxName(lower);
}

QString PredictionInput::supportedForms()
{
    return QStringLiteral(".npy, .csv, an image (.png, .jpg, .jpeg, .bmp, .pgm, ...), a folder of images, "
                          "IDX images (-ubyte, .idx, optionally .gz), or for text projects .csv or .txt (one text a line)");
}

void PredictionInput::read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw DataError(str(path) + ": no such file or folder");
    const QString lower = info.fileName().toLower();
    m_origins.clear();
    m_notes.clear();
    if (info.isDir()) {
        QStringList files;
        const QDir dir(path);
        for (const QString& name : dir.entryList(QDir::Files | QDir::Readable, QDir::Name))
            if (hasImageExtension(str(name)))
                files << dir.filePath(name);
        if (files.isEmpty())
            throw DataError(str(path) + ": the folder holds no image files (.png, .jpg, .jpeg, .bmp, .pgm, ...)");
        readImages(files);
    } else if (lower.endsWith(QLatin1String(".npy"))) {
        readNpy(path);
    } else if (m_text && (lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".txt")))) {
        readTexts(path);
    } else if (lower.endsWith(QLatin1String(".txt"))) {
        throw DataError(str(path) + ": a .txt file of texts needs a project trained on text (text: or words: data)");
    } else if (lower.endsWith(QLatin1String(".csv"))) {
        readCsv(path);
    } else if (hasImageExtension(str(path))) {
        readImages({path});
    } else if (isIdxName(lower)) {
        readIdx(path);
    } else {
        throw DataError(str(path) + ": unknown input format; use " + str(supportedForms()));
    }
}

void PredictionInput::setSamples(std::vector<float> values, std::size_t count, const QString& path)
{
    if (count == 0)
        throw DataError(str(path) + ": holds no samples");
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i]))
            throw DataError(str(path) + ": sample " + std::to_string(i / shapeNumel(m_inputShape))
                            + " has a value that is not a finite number (NaN or infinity)");
    m_samples = Tensor(withBatch(static_cast<int>(count), m_inputShape), std::move(values));
}

void PredictionInput::readNpy(const QString& path)
{
    NpyArray a = readNpyFile(str(path));
    const std::size_t numel = shapeNumel(m_inputShape);
    std::size_t count = 0;
    if (!a.shape.empty() && a.shape[0] > 0 && a.count() / a.shape[0] == numel && a.count() % a.shape[0] == 0)
        count = a.shape[0];
    else if (a.shape.size() == m_inputShape.size() && std::equal(a.shape.begin(), a.shape.end(), m_inputShape.begin()))
        count = 1;
    else if (!a.shape.empty() && a.shape[0] == 0)
        throw DataError(str(path) + ": holds no samples (shape " + shapeText(a.shape) + ")");
    else
        throw DataError(str(path) + ": has shape " + shapeText(a.shape) + ", but the network's input is "
                        + shapeToString(m_inputShape) + " (" + std::to_string(numel)
                        + " values): give N x " + std::to_string(numel) + ", N x " + shapeToString(m_inputShape)
                        + ", or one sample of shape " + shapeToString(m_inputShape));
    std::vector<float> values;
    if (a.holdsBytes()) {
        // uint8 arrays are images, as NpyDataset reads them; bool stays 0/1; token ids of a
        // text project stay ids.
        const float scale = a.type == NpyType::UInt8 && !m_text ? 1.0f / 255.0f : 1.0f;
        values.resize(a.bytes.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = static_cast<float>(a.bytes[i]) * scale;
    } else {
        values = std::move(a.floats);
    }
    setSamples(std::move(values), count, path);
}

void PredictionInput::readCsv(const QString& path)
{
    const std::size_t numel = shapeNumel(m_inputShape);
    if (m_table) {
        CsvFeatureRows rows = readCsvFeatureRows(str(path), *m_table->report, m_table->delimiter);
        if (m_table->report->featureNames.size() != numel)
            throw DataError(str(path) + ": the training table has " + std::to_string(m_table->report->featureNames.size())
                            + " features but the network's input is " + shapeToString(m_inputShape));
        if (m_table->scaler && m_table->scaler->isFitted()) {
            const auto& mean = m_table->scaler->mean();
            const auto& scale = m_table->scaler->scale();
            if (mean.size() != numel)
                throw DataError(str(path) + ": the project's feature statistics do not match its input");
            for (std::size_t i = 0; i < rows.features.size(); ++i)
                rows.features[i] = (rows.features[i] - mean[i % numel]) / scale[i % numel];
        }
        for (const std::string& c : rows.ignoredColumns)
            m_notes << QStringLiteral("%1: ignoring column '%2'").arg(path, QString::fromStdString(c));
        for (long long line : rows.lines)
            m_origins << QStringLiteral("%1:%2").arg(QFileInfo(path).fileName()).arg(line);
        setSamples(std::move(rows.features), rows.rows, path);
        return;
    }
    // Not a tabular project: every column is a number, in input order.
    const CsvTable table = readCsvTable(str(path), ',');
    const std::size_t columns = table.header.size();
    if (columns != numel && columns != numel + 1)
        throw DataError(str(path) + ": has " + std::to_string(columns) + " columns, but the network's input has "
                        + std::to_string(numel) + " values (give " + std::to_string(numel)
                        + " numeric columns, optionally followed by the target)");
    if (columns == numel + 1)
        m_notes << QStringLiteral("%1: ignoring the last column '%2' (the target)")
                       .arg(path, QString::fromStdString(table.header.back()));
    std::vector<float> values;
    values.reserve(table.rows.size() * numel);
    for (const CsvRecord& row : table.rows) {
        for (std::size_t c = 0; c < numel; ++c) {
            const std::string& f = row.fields[c];
            double v = 0.0;
            const char* first = f.data() + (!f.empty() && f[0] == '+' ? 1 : 0);
            const auto [end, ec] = std::from_chars(first, f.data() + f.size(), v);
            if (f.empty() || ec != std::errc() || end != f.data() + f.size() || !std::isfinite(v))
                throw DataError(str(path) + ":" + std::to_string(row.line) + ": column " + std::to_string(c + 1) + " ('"
                                + table.header[c] + "'): '" + f + "' is not a finite number");
            values.push_back(static_cast<float>(v));
        }
        m_origins << QStringLiteral("%1:%2").arg(QFileInfo(path).fileName()).arg(row.line);
    }
    setSamples(std::move(values), table.rows.size(), path);
}

void PredictionInput::readTexts(const QString& path)
{
    const Vocabulary& vocabulary = *m_text->vocabulary;
    if (m_inputShape != Shape { vocabulary.encoding().maxLength })
        throw DataError(str(path) + ": the project's vocabulary makes sequences of "
                        + std::to_string(vocabulary.encoding().maxLength) + " tokens but the network's input is "
                        + shapeToString(m_inputShape));
    const LabelledTexts texts = nw::readTexts(str(path), m_text->column, m_text->delimiter);
    std::size_t cut = 0, unknown = 0;
    for (const std::string& text : texts.texts) {
        const Vocabulary::Coverage c = vocabulary.coverage(text);
        cut += c.cut > 0 ? 1 : 0;
        unknown += c.unknown;
    }
    if (cut)
        m_notes << QStringLiteral("%1: %2 text(s) longer than %3 tokens were cut, as in training")
                       .arg(path).arg(cut).arg(vocabulary.encoding().maxLength);
    if (unknown)
        m_notes << QStringLiteral("%1: %2 token(s) not in the training vocabulary became <unk>").arg(path).arg(unknown);
    for (const SampleOrigin& o : texts.origins)
        m_origins << QStringLiteral("%1:%2").arg(QFileInfo(path).fileName()).arg(o.index);
    setSamples(encodeAll(vocabulary, texts.texts), texts.texts.size(), path);
}

void PredictionInput::readImages(const QStringList& files)
{
    if (m_inputShape.size() != 3 || (m_inputShape[0] != 1 && m_inputShape[0] != 3))
        throw DataError(str(files.value(0)) + ": the network's input is " + shapeToString(m_inputShape)
                        + ", not an image (channels x height x width, with 1 or 3 channels)");
    ImageFolderOptions o;
    o.grayscale = m_inputShape[0] == 1;
    o.centreCrop = m_centreCrop;
    o.height = m_inputShape[1];
    o.width = m_inputShape[2];
    const std::size_t numel = shapeNumel(m_inputShape);
    std::vector<std::uint8_t> pixels(numel);
    std::vector<float> values;
    values.reserve(numel * static_cast<std::size_t>(files.size()));
    for (const QString& file : files) {
        if (!decodeImage(str(file), o, pixels.data()))
            throw DataError(str(file) + ": not a readable image (corrupt, or not the format its extension says)");
        for (std::uint8_t p : pixels)
            values.push_back(static_cast<float>(p) / 255.0f);
        m_origins << QFileInfo(file).fileName();
    }
    normalizeImages(values);
    setSamples(std::move(values), static_cast<std::size_t>(files.size()), files.value(0));
}

void PredictionInput::normalizeImages(std::vector<float>& values) const
{
    if (m_channelMean.empty() || m_inputShape.size() != 3
        || m_channelMean.size() != static_cast<std::size_t>(m_inputShape[0]))
        return;
    const std::size_t plane = static_cast<std::size_t>(m_inputShape[1]) * static_cast<std::size_t>(m_inputShape[2]);
    const std::size_t sample = plane * m_channelMean.size();
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::size_t c = (i % sample) / plane;
        values[i] = (values[i] - m_channelMean[c]) / m_channelStd[c];
    }
}

void PredictionInput::readIdx(const QString& path)
{
    const IdxArray a = readIdxFile(str(path));
    const std::size_t numel = shapeNumel(m_inputShape);
    std::vector<std::size_t> dims(a.dims.begin(), a.dims.end());
    if (a.dims.size() < 2 || a.itemSize() != numel)
        throw DataError(str(path) + ": holds items of " + shapeText({dims.begin() + (dims.empty() ? 0 : 1), dims.end()})
                        + ", but the network's input is " + shapeToString(m_inputShape)
                        + " (IDX input is images [N, H, W] or [N, C, H, W] with the input's size)");
    std::vector<float> values(a.values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<float>(a.values[i]) / 255.0f;
    normalizeImages(values);
    setSamples(std::move(values), a.count(), path);
}

} // namespace nw::cli
