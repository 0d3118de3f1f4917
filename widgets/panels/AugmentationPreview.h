#pragma once
// A live grid of augmented versions of one sample: the image as stored, then what
// training makes of it in successive epochs with the current settings and seed
// (the same draws AugmentedBatchSource makes, for the sample's place in the
// training split). Redrawn on every change of sample or settings; "Other epochs"
// shows the next epochs. Rendering a dozen small images takes well under a
// millisecond, so it runs on the GUI thread.
//
// Owned by the dataset dock; shares the dock's loaded dataset (read-only).
#include "data/AugmentationSettings.h"
#include "data/Dataset.h"

#include <QImage>
#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace nw {

class AugmentationGrid;

class AugmentationPreview : public QWidget {
    Q_OBJECT

public:
    explicit AugmentationPreview(QWidget* parent = nullptr);

    // `sampleKey` is the sample's position in the training split (what training
    // draws its variations from); null or non-image data shows a note instead.
    void setSample(std::shared_ptr<const Dataset> dataset, std::size_t index, std::uint64_t sampleKey);
    void setSettings(const AugmentationSettings& settings, std::uint64_t seed);

    // The tiles shown: the stored image first, then one per epoch.
    const QList<QImage>& tiles() const;
    int firstEpoch() const { return m_firstEpoch; }
    static constexpr int kTiles = 12;

private:
    void refresh();

    std::shared_ptr<const Dataset> m_dataset;
    std::size_t m_index = 0;
    std::uint64_t m_sampleKey = 0;
    AugmentationSettings m_settings;
    std::uint64_t m_seed = 1;
    int m_firstEpoch = 0;
    AugmentationGrid* m_grid;
    QLabel* m_caption;
    QPushButton* m_next;
};

} // namespace nw
