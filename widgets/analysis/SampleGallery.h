#pragma once
// A grid of evaluated samples (a confusion-matrix cell's, a threshold bucket's):
// a thumbnail for images or the first feature values for tabular data, each
// labelled with the probability the model gave its predicted class, the most
// confident first (confident mistakes are the interesting ones). Clicking a
// sample emits its dataset index, for the SampleInspector.
#include "EvaluationResult.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QListWidget;

namespace nw {

class SampleGallery : public QWidget {
    Q_OBJECT
public:
    // More would only make the grid slow to build; the header says how many exist.
    static constexpr int kMaxShown = 300;

    explicit SampleGallery(QWidget* parent = nullptr);

    // `positions` index the result's per-sample arrays.
    void showSamples(
        std::shared_ptr<const EvaluationResult> result, std::vector<std::size_t> positions, const QString& title);
    void clear();

    // Every selected sample's dataset index, in display order (also those past kMaxShown).
    const std::vector<std::size_t>& datasetIndices() const { return m_datasetIndices; }
    int shownCount() const;
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void sampleActivated(int datasetIndex);

private:
    QLabel* m_title;
    QListWidget* m_list;
    std::shared_ptr<const EvaluationResult> m_result;
    std::vector<std::size_t> m_datasetIndices;
};

} // namespace nw
