#pragma once
// A page of an autoencoder's samples, worst reconstructed first: each cell shows
// the input the network saw, its reconstruction and (denoising data) the clean
// target, with the sample's reconstruction error under them. Paints from an
// EvaluationResult it shares; a click on a cell asks for that sample to be opened.
// Owned by the ReconstructionPanel.
#include "EvaluationResult.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <vector>

namespace nw {

class ReconstructionGallery : public QWidget {
    Q_OBJECT
public:
    explicit ReconstructionGallery(QWidget* parent = nullptr);

    static constexpr int kPageSize = 12;

    // Orders the result's samples by error, worst first, and shows the first page.
    void setResult(std::shared_ptr<const EvaluationResult> result);
    int pageCount() const;
    int page() const { return m_page; }
    void setPage(int page);
    // The result positions shown, in order (for tests and the panel's caption).
    std::vector<std::size_t> shownPositions() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void pageChanged(int page);
    void sampleActivated(int datasetIndex);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Cell {
        std::size_t position;
        QImage input;
        QImage output;
        QImage target; // null unless the inputs had noise
        float error;
    };
    void buildPage();
    QRect cellRect(int k) const;
    int columns() const;

    std::shared_ptr<const EvaluationResult> m_result;
    std::vector<std::size_t> m_order; // result positions, worst first
    std::vector<Cell> m_cells; // the current page
    int m_page = 0;
};

} // namespace nw
