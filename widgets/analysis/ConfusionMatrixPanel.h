#pragma once
// Where the model is right and wrong, class by class: the confusion matrix as a
// heatmap (counts or row-normalised), and beside it the samples of the cell last
// clicked. Linked as DESIGN.md asks: a cell emits cellActivated and fills the
// gallery, a sample in it emits sampleActivated(datasetIndex) for the
// SampleInspector. Reads only an EvaluationResult; dock it wherever.
#include "EvaluationResult.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QSplitter;

namespace nw {

class ConfusionHeatmap;
class SampleGallery;

class ConfusionMatrixPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixPanel(QWidget* parent = nullptr);

    // Null or a regression result shows a placeholder.
    void setResult(std::shared_ptr<const EvaluationResult> result);
    const std::shared_ptr<const EvaluationResult>& result() const { return m_result; }

    void setNormalised(bool normalised);
    bool isNormalised() const;
    // What a click on the cell does: fills the gallery, emits cellActivated.
    void activateCell(int trueClass, int predictedClass);

    // Long format: true class, predicted class, count, share of the true class.
    QString csv() const;

    ConfusionHeatmap* heatmap() const { return m_heatmap; }
    SampleGallery* gallery() const { return m_gallery; }

Q_SIGNALS:
    void cellActivated(int trueClass, int predictedClass);
    void sampleActivated(int datasetIndex);

private:
    void fillGallery(int trueClass, int predictedClass);

    std::shared_ptr<const EvaluationResult> m_result;
    std::optional<std::pair<int, int>> m_openCell; // true, predicted: the gallery's cell
    QLabel* m_summary;
    QComboBox* m_mode;
    ConfusionHeatmap* m_heatmap;
    SampleGallery* m_gallery;
    QSplitter* m_splitter;
};

} // namespace nw
