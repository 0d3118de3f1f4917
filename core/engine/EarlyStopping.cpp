#include "EarlyStopping.h"

namespace nw {

EarlyStopping::EarlyStopping(EarlyStoppingSettings settings)
    : m_settings(settings)
{
}

bool EarlyStopping::update(int epoch, float loss)
{
    if (m_bestEpoch < 0 || loss < m_bestLoss - m_settings.minDelta) {
        m_bestEpoch = epoch;
        m_bestLoss = loss;
        m_epochsWithoutImprovement = 0;
        return true;
    }
    ++m_epochsWithoutImprovement;
    return false;
}

bool EarlyStopping::shouldStop() const
{
    return m_settings.enabled && m_epochsWithoutImprovement >= m_settings.patience;
}

} // namespace nw
