#pragma once
// The samples `netwright-cli predict` runs the network on, read from a file the
// user gives and made to look exactly like the training samples: .npy arrays,
// CSV tables (encoded and standardised like the training table), image files or
// a folder of them (decoded, resized and scaled like ImageFolderDataset), IDX
// image files, and for text projects a .csv column or a .txt of lines encoded by
// the vocabulary stored with the project. Owned by the command for one run.
#include "engine/Shape.h"
#include "engine/Tensor.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace nw {
class FeatureScaler;
class Vocabulary;
struct CsvReport;
}

namespace nw::cli {

class PredictionInput {
public:
    // How a tabular project's rows were encoded and standardised; unset for other data.
    struct Table {
        const CsvReport* report = nullptr;
        char delimiter = ',';
        const FeatureScaler* scaler = nullptr; // null or unfitted: no standardisation
    };

    // How a text project's texts become token ids; unset for other data.
    struct Text {
        const Vocabulary* vocabulary = nullptr;
        std::string column; // the training spec's text column, or empty
        char delimiter = ',';
    };

    PredictionInput(Shape inputShape, std::optional<Table> table, std::optional<Text> text = std::nullopt);

    // Images are scaled to cover the input's size and centre-cropped, as a project
    // whose images: spec says fit=crop was trained; otherwise stretched.
    void setCentreCrop(bool centreCrop) { m_centreCrop = centreCrop; }
    // Image files and IDX images: (pixel - mean[c]) / stddev[c] per channel after the
    // 1/255 scale, as the project's normalised images (one value per channel).
    void setChannelNormalization(std::vector<float> mean, std::vector<float> stddev)
    {
        m_channelMean = std::move(mean);
        m_channelStd = std::move(stddev);
    }

    // Whether `path` has a form read() understands (by extension, or a folder).
    static bool isSupported(const QString& path);
    static QString supportedForms();

    // Throws DataError naming the file and the problem.
    void read(const QString& path);

    const Tensor& samples() const { return m_samples; } // [N, input...]
    // Per sample, where it came from ("digits/0003.png", "data.csv:17"), or empty.
    const QStringList& origins() const { return m_origins; }
    QStringList notes() const { return m_notes; } // things worth telling the user (columns ignored)

private:
    void readNpy(const QString& path);
    void readCsv(const QString& path);
    void readImages(const QStringList& files);
    void readIdx(const QString& path);
    void readTexts(const QString& path);
    void setSamples(std::vector<float> values, std::size_t count, const QString& path);

    void normalizeImages(std::vector<float>& values) const;

    bool m_centreCrop = false;
    std::vector<float> m_channelMean, m_channelStd; // empty: images as 0..1

    Shape m_inputShape;
    std::optional<Table> m_table;
    std::optional<Text> m_text;
    Tensor m_samples;
    QStringList m_origins;
    QStringList m_notes;
};

} // namespace nw::cli
