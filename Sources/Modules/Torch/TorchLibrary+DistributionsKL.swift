extension TorchLibrary {
    /// `torch.distributions.kl`, in Cellgrad Python (compiled on first use).
    static let distributionsKL = #"""
"""torch.distributions.kl: KL divergences between distributions (see torch.distributions)."""

from torch.distributions import kl_divergence, register_kl

__all__ = ['kl_divergence', 'register_kl']
"""#
}
